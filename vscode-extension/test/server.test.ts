import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { localMachine } from '../src/machineProbe';
import { planServerLaunch } from '../src/serverLaunch';
import { describeDiagnostics, ServerUnderTest } from './languageServer';
import { corpusFolder } from './paths';
import { expandSnippet } from './snippetExpansion';
import { installVsix } from './vsix';

const errorSeverity = 1;

/**
 * The server installed from the .vsix, started exactly as the extension starts it
 * (same launch plan: the dotnet found on this machine, the dll in the extension's server/ folder).
 */
async function startInstalledServer(): Promise<{ server: ServerUnderTest; serverPath: string; extensionFolder: string }> {
    const extensionFolder = await installVsix();
    const plan = await planServerLaunch(
        { configuredPath: '', bundledServer: path.join(extensionFolder, 'server', 'sunes-lsp.dll'), workspaceFolder: undefined },
        localMachine());
    assert.equal(plan.kind, 'ready', `the extension would not start its server here: ${JSON.stringify(plan)}`);
    if (plan.kind !== 'ready') {
        throw new Error('unreachable');
    }
    const server = ServerUnderTest.start(plan.command, plan.args, path.dirname(plan.serverPath));
    return { server, serverPath: plan.serverPath, extensionFolder };
}

describe('the language server inside the .vsix', () => {
    let server: ServerUnderTest;
    let serverPath: string;

    before(async () => {
        ({ server, serverPath } = await startInstalledServer());
    });

    after(async () => {
        assert.equal(await server.stop(), 0);
        fs.rmSync(path.dirname(path.dirname(serverPath)), { recursive: true, force: true });
    });

    it('starts from the extension\'s own server/ folder and answers initialize', async () => {
        assert.match(serverPath, /[\\/]extension[\\/]server[\\/]sunes-lsp\.dll$/);
        const result = await server.initialize(pathToFileURL(corpusFolder).href, 'fr');
        assert.equal(result.serverInfo?.name, 'sunes-lsp');
        assert.equal(result.capabilities.positionEncoding, 'utf-16');
    });

    it('checks the real corpus without an error', async () => {
        const file = path.join(corpusFolder, '2023-28.sunes');
        const diagnostics = await server.open(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'));
        const errors = diagnostics.filter(diagnostic => diagnostic.severity === errorSeverity);
        assert.deepEqual(errors, [], describeDiagnostics(errors));
    });
});

describe('the snippets, accepted with their defaults, make a text the server accepts', () => {
    let server: ServerUnderTest;
    let extensionFolder: string;
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sunes-snippets-'));

    before(async () => {
        ({ server, extensionFolder } = await startInstalledServer());
        await server.initialize(pathToFileURL(workspace).href, 'fr');
    });

    after(async () => {
        assert.equal(await server.stop(), 0);
        fs.rmSync(path.dirname(extensionFolder), { recursive: true, force: true });
        fs.rmSync(workspace, { recursive: true, force: true });
    });

    it('(as packaged) instruction, programme, indicators, window, prerequisite, data, target grid and test together', async () => {
        const snippets = JSON.parse(fs.readFileSync(path.join(extensionFolder, 'snippets', 'sunes.code-snippets'), 'utf8')) as
            Record<string, { body: string[] }>;
        const now = new Date();
        const expand = (name: string, overrides: Record<string, string> = {}) => {
            const snippet = snippets[name];
            assert.ok(snippet, `no snippet ${name}`);
            return expandSnippet(snippet.body, now, overrides);
        };
        // Declarations are keyword-led, so the snippets compose whatever their indentation.
        const text = [
            expand('Instruction'),
            expand('Programme', { 6: 'F1, F2', 8: '100 %, F2 90' }),
            expand('Indicateur (taux)', { 3: 'séjours_ldl', 4: 'séjours' }),
            expand('Indicateur (oui/non)'),
            expand('Fenêtre'),
            expand('Fenêtre', { 1: 'F2', 2: 'Fenêtre 2', 3: '2024-09-01', 4: '2024-10-31', 6: 'S1 2025', 7: '2025-01-01', 8: '2025-06-30', 9: '2025-06-30' }),
            expand('Prérequis'),
            expand('Donnée'),
            expand('Donnée', { 1: 'séjours_ldl' }),
            expand('Donnée', { 1: 'forfait_d1', 2: 'montant' }),
            expand('Grille de cibles', { 6: '60 %\n    DS1.2       oui     oui' }),
            expand('Test', { 8: 'DS1.1 = 60 %, DS1.2 = oui' }),
        ].join('\n');
        const uri = pathToFileURL(path.join(workspace, 'extraits.sunes')).href;
        const diagnostics = await server.open(uri, text);
        const errors = diagnostics.filter(diagnostic => diagnostic.severity === errorSeverity);
        assert.deepEqual(errors, [], `${describeDiagnostics(errors)}\n--- text ---\n${text}`);
    });
});
