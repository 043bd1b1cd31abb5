import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { vsixPath } from './paths';
import { vsixEntries } from './vsix';

describe('the .vsix', async () => {
    assert.ok(fs.existsSync(vsixPath()), `${vsixPath()} is missing: run vscode-extension/build.sh`);
    const entries = new Set(await vsixEntries());

    const required = [
        'extension.vsixmanifest',
        'extension/package.json',
        'extension/package.nls.json',
        'extension/package.nls.en.json',
        'extension/dist/extension.js',
        'extension/syntaxes/sunes.tmLanguage.json',
        'extension/language-configuration.json',
        'extension/snippets/sunes.code-snippets',
        'extension/server/sunes-lsp.dll',
        'extension/server/sunes-lsp.runtimeconfig.json',
        'extension/server/sunes-lsp.deps.json',
        'extension/server/SunEs.Syntax.dll',
        'extension/server/SunEs.Semantics.dll',
        'extension/server/StreamJsonRpc.dll',
        'extension/readme.md',
    ];
    for (const name of required) {
        it(`contains ${name}`, () => {
            assert.ok(entries.has(name), `${name} is not in the package`);
        });
    }

    it('ships the bundle, not the sources, the tests or node_modules', () => {
        const unwanted = [...entries].filter(name => /^extension\/(src|test|out|node_modules|build|e2e|images)\//.test(name) || name.endsWith('.ts') || name.endsWith('.vsix'));
        assert.deepEqual(unwanted, []);
    });

    it('the server is framework-dependent and portable: no native launcher', () => {
        assert.ok(!entries.has('extension/server/sunes-lsp') && !entries.has('extension/server/sunes-lsp.exe'));
    });
});
