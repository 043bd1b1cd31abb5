import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { localMachine } from '../src/machineProbe';
import { findBundledServer, planServerLaunch } from '../src/serverLaunch';
import { describeDiagnostics, ServerUnderTest } from './languageServer';
import { corpusFolder, platformTargets, platformVsixPath } from './paths';
import { installVsix, vsixEntries, vsixModes } from './vsix';

const errorSeverity = 1;

/** What makes a server self-contained on each platform: its launcher and the .NET runtime beside it. */
const nativeFiles: Record<string, { launcher: string; runtime: string }> = {
    'linux-x64': { launcher: 'sunes-lsp', runtime: 'libcoreclr.so' },
    'win32-x64': { launcher: 'sunes-lsp.exe', runtime: 'coreclr.dll' },
    'darwin-arm64': { launcher: 'sunes-lsp', runtime: 'libcoreclr.dylib' },
};

for (const target of platformTargets()) {
    describe(`the ${target} package`, async () => {
        const file = platformVsixPath(target);
        assert.ok(fs.existsSync(file), `${file} is missing: run vscode-extension/build.sh`);
        const entries = new Set(await vsixEntries(file));
        const expected = nativeFiles[target];

        it('declares its platform in the manifest', async () => {
            const extracted = await installVsix(file);
            try {
                const manifest = fs.readFileSync(path.join(path.dirname(extracted), 'extension.vsixmanifest'), 'utf8');
                assert.match(manifest, new RegExp(`TargetPlatform="${target}"`));
            } finally {
                fs.rmSync(path.dirname(extracted), { recursive: true, force: true });
            }
        });

        it('ships a self-contained server: its launcher and the .NET runtime', () => {
            assert.ok(expected, `no expectations for ${target}`);
            for (const name of [expected.launcher, expected.runtime, 'sunes-lsp.dll', 'SunEs.Semantics.dll']) {
                assert.ok(entries.has(`extension/server/${name}`), `extension/server/${name} is not in the package`);
            }
        });

        if (!target.startsWith('win32-')) {
            it('the launcher is executable once installed', async () => {
                const modes = await vsixModes(file);
                assert.equal((modes.get(`extension/server/${expected.launcher}`) ?? 0) & 0o111, 0o111);
            });
        }
    });
}

describe('the linux-x64 package on a machine without .NET', () => {
    let extensionFolder: string;
    let server: ServerUnderTest;
    let serverPath: string;
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'sunes-no-dotnet-'));

    before(async () => {
        extensionFolder = await installVsix(platformVsixPath('linux-x64'));
        serverPath = await findBundledServer(extensionFolder, 'linux', localMachine());
        // No dotnet anywhere: PATH is an empty folder, no DOTNET_ROOT, and the launch plan looks for none.
        const noDotnet = { ...localMachine(), env: { PATH: emptyBin }, isFile: async (candidate: string) => candidate === serverPath };
        const plan = await planServerLaunch({ configuredPath: '', bundledServer: serverPath, workspaceFolder: undefined }, noDotnet);
        assert.equal(plan.kind, 'ready', JSON.stringify(plan));
        if (plan.kind !== 'ready') {
            throw new Error('unreachable');
        }
        assert.equal(plan.command, serverPath);
        server = ServerUnderTest.start(plan.command, plan.args, path.dirname(serverPath),
            { PATH: emptyBin, HOME: os.tmpdir(), DOTNET_ROOT: path.join(emptyBin, 'none') });
    });

    after(async () => {
        assert.equal(await server.stop(), 0);
        fs.rmSync(path.dirname(extensionFolder), { recursive: true, force: true });
        fs.rmSync(emptyBin, { recursive: true, force: true });
    });

    it('starts the native server and answers initialize', async () => {
        assert.match(serverPath, /[\\/]extension[\\/]server[\\/]sunes-lsp$/);
        const result = await server.initialize(pathToFileURL(corpusFolder).href, 'fr');
        assert.equal(result.serverInfo?.name, 'sunes-lsp');
    });

    it('publishes diagnostics for the corpus: none for a text of the corpus, the error of a broken one', async () => {
        const file = path.join(corpusFolder, '2023-28.sunes');
        const text = fs.readFileSync(file, 'utf8');
        const clean = await server.open(pathToFileURL(file).href, text);
        assert.deepEqual(clean.filter(diagnostic => diagnostic.severity === errorSeverity), [], describeDiagnostics(clean));

        const broken = path.join(corpusFolder, 'copie-cassee.sunes');
        const diagnostics = await server.open(pathToFileURL(broken).href, text.replace('fenêtre F2 modifiée', 'fenêtre F9 modifiée'));
        assert.ok(diagnostics.some(diagnostic => diagnostic.severity === errorSeverity && String(diagnostic.code).startsWith('SUN')),
            describeDiagnostics(diagnostics));
    });
});
