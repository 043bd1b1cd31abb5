import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { extensionRoot, repositoryRoot } from './paths';

interface Manifest {
    name: string;
    publisher: string;
    version: string;
    main: string;
    engines: { vscode: string };
    activationEvents: string[];
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    contributes: {
        languages: { id: string; extensions: string[]; configuration: string }[];
        grammars: { language: string; scopeName: string; path: string }[];
        snippets: { language: string; path: string }[];
        commands: { command: string; title: string; category: string }[];
        menus: Record<string, { command: string; when?: string }[]>;
        configuration: { properties: Record<string, { type: string; default: unknown; enum?: string[]; markdownDescription?: string; enumDescriptions?: string[] }> };
        semanticTokenTypes: { id: string; superType: string; description: string }[];
    };
}

const read = (file: string) => fs.readFileSync(path.join(extensionRoot, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as Manifest;
const nls = {
    fr: JSON.parse(read('package.nls.json')) as Record<string, string>,
    en: JSON.parse(read('package.nls.en.json')) as Record<string, string>,
};

/** Every `%key%` the manifest uses, wherever it is. */
function nlsKeys(value: unknown): string[] {
    if (typeof value === 'string') {
        const match = /^%(.+)%$/.exec(value);
        return match ? [match[1]] : [];
    }
    if (Array.isArray(value)) {
        return value.flatMap(nlsKeys);
    }
    if (typeof value === 'object' && value !== null) {
        return Object.values(value).flatMap(nlsKeys);
    }
    return [];
}

describe('package.json contributions', () => {
    const { contributes } = manifest;

    it('the sunes language, for .sunes files, with a configuration file that exists', () => {
        assert.deepEqual(contributes.languages.map(language => [language.id, language.extensions]), [['sunes', ['.sunes']]]);
        assert.ok(fs.existsSync(path.join(extensionRoot, contributes.languages[0].configuration)));
    });

    it('grammar and snippet paths exist and belong to the language', () => {
        for (const entry of [...contributes.grammars, ...contributes.snippets]) {
            assert.equal(entry.language, 'sunes');
            assert.ok(fs.existsSync(path.join(extensionRoot, entry.path)), entry.path);
        }
        const grammar = JSON.parse(read(contributes.grammars[0].path)) as { scopeName: string };
        assert.equal(grammar.scopeName, contributes.grammars[0].scopeName);
    });

    it('every command has a title in French and in English, and a category', () => {
        assert.deepEqual(contributes.commands.map(command => command.command).sort(),
            ['sunes.compile', 'sunes.restartServer', 'sunes.runTests', 'sunes.showRules']);
        for (const command of contributes.commands) {
            const [key] = nlsKeys(command.title);
            assert.ok(key, `${command.command} has a localised title`);
            assert.ok(nls.fr[key] && nls.en[key], `${command.command}: ${key} in both languages`);
            assert.equal(command.category, 'SunEs');
        }
        assert.equal(nls.fr['command.compile'], 'Compiler l\'instruction courante');
    });

    it('menus only name contributed commands', () => {
        const commands = new Set(contributes.commands.map(command => command.command));
        for (const [menu, items] of Object.entries(contributes.menus)) {
            for (const item of items) {
                assert.ok(commands.has(item.command), `${menu}: ${item.command}`);
            }
        }
    });

    it('every localised string exists in French (default) and English, and nothing else is there', () => {
        const used = [...new Set(nlsKeys(manifest))].sort();
        assert.deepEqual(Object.keys(nls.fr).sort(), used);
        assert.deepEqual(Object.keys(nls.en).sort(), used);
    });

    it('the settings: server path, message locale, trace level', () => {
        const properties = contributes.configuration.properties;
        assert.deepEqual(Object.keys(properties).sort(), ['sunes.locale', 'sunes.server.path', 'sunes.trace.server']);
        assert.equal(properties['sunes.server.path'].default, '');
        assert.deepEqual(properties['sunes.locale'].enum, ['auto', 'fr', 'en']);
        assert.equal(properties['sunes.locale'].enumDescriptions?.length, 3);
        assert.deepEqual(properties['sunes.trace.server'].enum, ['off', 'messages', 'verbose']);
        for (const property of Object.values(properties)) {
            assert.ok(property.enum === undefined || property.enum.includes(property.default as string));
        }
    });

    it('the server\'s date token type is declared, as a kind of number', () => {
        assert.deepEqual(contributes.semanticTokenTypes.map(type => [type.id, type.superType]), [['date', 'number']]);
    });

    it('activation, entry point and engine', () => {
        assert.deepEqual(manifest.activationEvents, ['workspaceContains:**/*.sunes']);
        assert.equal(manifest.main, './dist/extension.js');
        assert.match(manifest.engines.vscode, /^\^1\.\d+\.0$/);
        const numbers = (version: string) => version.replace(/^\^/, '').split('.').map(Number);
        const [engine, types] = [numbers(manifest.engines.vscode), numbers(manifest.devDependencies['@types/vscode'])];
        const order = engine[0] - types[0] || engine[1] - types[1] || engine[2] - types[2];
        assert.ok(order >= 0, 'engines.vscode must not be older than @types/vscode (vsce refuses it)');
    });

    it('exact versions, so that npm ci and the lock file agree', () => {
        for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
            assert.match(version, /^\d+\.\d+\.\d+$/, name);
        }
    });
});

describe('snippets', () => {
    const snippets = JSON.parse(read(manifest.contributes.snippets[0].path)) as Record<string, { prefix: string[]; body: string[]; description: string }>;

    it('a new instruction, window, indicator, target grid and test are there', () => {
        const prefixes = new Set(Object.values(snippets).flatMap(snippet => snippet.prefix));
        for (const prefix of ['instruction', 'fenêtre', 'indicateur', 'cibles', 'test']) {
            assert.ok(prefixes.has(prefix), prefix);
        }
    });

    it('each has a prefix, a body and a bilingual description, and ends at $0', () => {
        for (const [name, snippet] of Object.entries(snippets)) {
            assert.ok(snippet.prefix.length > 0 && snippet.body.length > 0, name);
            assert.match(snippet.description, /^\S.* \(.+\)$/, `${name}: « français (English) »`);
            assert.ok(snippet.body.join('\n').includes('$0'), `${name} ends at $0`);
        }
    });
});

describe('the version', () => {
    it('is the one of every SunEs package (Directory.Build.props)', () => {
        const props = fs.readFileSync(path.join(repositoryRoot, 'Directory.Build.props'), 'utf8');
        const version = /<Version>([^<]+)<\/Version>/.exec(props)?.[1];
        assert.equal(manifest.version, version);
    });
});
