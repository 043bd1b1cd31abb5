import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findBundledServer, type MachineProbe, planServerLaunch, resolveServerPath } from '../src/serverLaunch';

const bundledServer = path.resolve('/ext/server/sunes-lsp.dll');
const runtimeConfig = JSON.stringify({ runtimeOptions: { framework: { name: 'Microsoft.NETCore.App', version: '10.0.0' } } });

interface FakeMachine {
    readonly files: Record<string, string>;
    readonly runtimes?: Record<string, string>;
    readonly env?: Record<string, string>;
}

/** A machine made of a few files and the `dotnet --list-runtimes` output of each dotnet on it. */
function fake({ files, runtimes = {}, env = { PATH: '/usr/bin' } }: FakeMachine): MachineProbe & { readonly ran: string[] } {
    const ran: string[] = [];
    return {
        ran,
        env,
        platform: 'linux',
        homeDirectory: '/home/redactrice',
        isFile: async filePath => filePath in files || filePath in runtimes,
        readText: async filePath => files[filePath],
        run: async (command, args) => {
            ran.push(`${command} ${args.join(' ')}`);
            const output = runtimes[command];
            return output === undefined ? undefined : { exitCode: 0, stdout: output };
        },
    };
}

const request = { configuredPath: '', bundledServer, workspaceFolder: path.resolve('/work/instructions') };
const bundledFiles = { [bundledServer]: '', [bundledServer.replace(/\.dll$/, '.runtimeconfig.json')]: runtimeConfig };

describe('starting the server', () => {
    it('runs the bundled dll with the dotnet on PATH that has .NET 10', async () => {
        const machine = fake({
            files: bundledFiles,
            runtimes: { '/usr/bin/dotnet': 'Microsoft.NETCore.App 10.0.12 [/usr/lib/dotnet/shared/Microsoft.NETCore.App]\n' },
        });
        assert.deepEqual(await planServerLaunch(request, machine), {
            kind: 'ready', command: '/usr/bin/dotnet', args: [bundledServer, '--stdio'], serverPath: bundledServer,
        });
    });

    it('skips a dotnet without the runtime and takes the next one that has it', async () => {
        const machine = fake({
            files: bundledFiles,
            runtimes: {
                '/usr/bin/dotnet': 'Microsoft.NETCore.App 8.0.11 [/usr/lib/dotnet/shared/Microsoft.NETCore.App]\n',
                '/usr/share/dotnet/dotnet': 'Microsoft.NETCore.App 10.0.1 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n',
            },
        });
        const plan = await planServerLaunch(request, machine);
        assert.equal(plan.kind === 'ready' && plan.command, '/usr/share/dotnet/dotnet');
    });

    it('says which runtime is missing when dotnet has only older ones', async () => {
        const machine = fake({
            files: bundledFiles,
            runtimes: { '/usr/bin/dotnet': 'Microsoft.NETCore.App 8.0.11 [/x]\nMicrosoft.AspNetCore.App 8.0.11 [/y]\n' },
        });
        assert.deepEqual(await planServerLaunch(request, machine), {
            kind: 'runtimeMissing',
            channel: '10.0',
            dotnet: '/usr/bin/dotnet',
            installed: [{ name: 'Microsoft.NETCore.App', version: '8.0.11' }, { name: 'Microsoft.AspNetCore.App', version: '8.0.11' }],
        });
    });

    it('says dotnet is missing when no dotnet exists anywhere', async () => {
        const machine = fake({ files: bundledFiles });
        assert.deepEqual(await planServerLaunch(request, machine), { kind: 'dotnetMissing', channel: '10.0' });
        assert.deepEqual(machine.ran, []);
    });

    it('treats a dotnet that cannot run as absent', async () => {
        const machine = fake({ files: { ...bundledFiles, '/usr/bin/dotnet': '' } });
        assert.deepEqual(await planServerLaunch(request, machine), { kind: 'dotnetMissing', channel: '10.0' });
        assert.deepEqual(machine.ran, ['/usr/bin/dotnet --list-runtimes']);
    });

    it('reports a bundled server that is not there', async () => {
        assert.deepEqual(await planServerLaunch(request, fake({ files: {} })), {
            kind: 'serverNotFound', serverPath: bundledServer, configured: false,
        });
    });

    it('starts a configured executable directly', async () => {
        const executable = path.resolve('/opt/sunes/sunes-lsp');
        const plan = await planServerLaunch({ ...request, configuredPath: executable }, fake({ files: { [executable]: '' } }));
        assert.deepEqual(plan, { kind: 'ready', command: executable, args: ['--stdio'], serverPath: executable });
    });

    it('reports a configured server that is not there, as configured', async () => {
        const plan = await planServerLaunch({ ...request, configuredPath: 'outils/sunes-lsp.dll' }, fake({ files: bundledFiles }));
        assert.deepEqual(plan, { kind: 'serverNotFound', serverPath: path.resolve('/work/instructions/outils/sunes-lsp.dll'), configured: true });
    });
});

describe('the configured server path', () => {
    it('empty or blank means the bundled server', () => {
        assert.deepEqual(resolveServerPath({ ...request, configuredPath: '  ' }, '/home/r'), { serverPath: bundledServer, configured: false });
    });

    it('a relative path starts from the workspace folder, ~ from the home folder', () => {
        assert.equal(resolveServerPath({ ...request, configuredPath: 'bin/sunes-lsp.dll' }, '/home/r').serverPath,
            path.resolve('/work/instructions/bin/sunes-lsp.dll'));
        assert.equal(resolveServerPath({ ...request, configuredPath: '~/sunes/sunes-lsp.dll' }, path.resolve('/home/r')).serverPath,
            path.resolve('/home/r/sunes/sunes-lsp.dll'));
    });
});

describe('the bundled server', () => {
    const extension = path.resolve('/ext');
    const onDisk = (...files: string[]) => ({ isFile: async (filePath: string) => files.includes(filePath) });

    it('is the native self-contained program of a platform package', async () => {
        const native = path.join(extension, 'server', 'sunes-lsp');
        assert.equal(await findBundledServer(extension, 'linux', onDisk(native, bundledServer)), native);
        const exe = path.join(extension, 'server', 'sunes-lsp.exe');
        assert.equal(await findBundledServer(extension, 'win32', onDisk(exe, bundledServer)), exe);
    });

    it('is the framework-dependent dll of the universal package', async () => {
        assert.equal(await findBundledServer(extension, 'linux', onDisk(bundledServer)), bundledServer);
        assert.equal(await findBundledServer(extension, 'darwin', onDisk()), bundledServer);
    });

    it('a native server starts directly, without looking for dotnet', async () => {
        const native = path.join(extension, 'server', 'sunes-lsp');
        const machine = fake({ files: { [native]: '' }, env: { PATH: '' } });
        const plan = await planServerLaunch({ ...request, bundledServer: native }, machine);
        assert.deepEqual(plan, { kind: 'ready', command: native, args: ['--stdio'], serverPath: native });
        assert.deepEqual(machine.ran, []);
    });
});
