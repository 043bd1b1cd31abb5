import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    dotnetCandidates,
    type FrameworkRequirement,
    isCompatible,
    parseListRuntimes,
    readFrameworkRequirement,
    requiredChannel,
} from '../src/dotnetRuntime';

const listing = [
    'Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]',
    'Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
    'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]',
    'Microsoft.WindowsDesktop.App 10.0.0-rc.2.25502.107 [C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App]',
    '',
].join('\r\n');

describe('dotnet --list-runtimes', () => {
    it('reads each runtime name and version', () => {
        assert.deepEqual(parseListRuntimes(listing), [
            { name: 'Microsoft.AspNetCore.App', version: '8.0.11' },
            { name: 'Microsoft.NETCore.App', version: '8.0.11' },
            { name: 'Microsoft.NETCore.App', version: '10.0.12' },
            { name: 'Microsoft.WindowsDesktop.App', version: '10.0.0-rc.2.25502.107' },
        ]);
    });

    it('reads nothing from an unrelated output', () => {
        assert.deepEqual(parseListRuntimes('dotnet: command not found\n'), []);
    });
});

describe('runtimeconfig.json', () => {
    it('reads the framework the server was published for', () => {
        const config = JSON.stringify({
            runtimeOptions: { tfm: 'net10.0', framework: { name: 'Microsoft.NETCore.App', version: '10.0.0' } },
        });
        assert.deepEqual(readFrameworkRequirement(config), { name: 'Microsoft.NETCore.App', version: '10.0.0', rollForward: 'Minor' });
    });

    it('reads the first of several frameworks and the roll-forward policy', () => {
        const config = JSON.stringify({
            runtimeOptions: {
                rollForward: 'LatestMajor',
                frameworks: [{ name: 'Microsoft.NETCore.App', version: '9.0.0' }, { name: 'Microsoft.AspNetCore.App', version: '9.0.0' }],
            },
        });
        assert.deepEqual(readFrameworkRequirement(config), { name: 'Microsoft.NETCore.App', version: '9.0.0', rollForward: 'LatestMajor' });
    });

    it('falls back to .NET 10 when the file is missing or unreadable', () => {
        for (const text of [undefined, '{', 'null', '{"runtimeOptions":{}}']) {
            assert.equal(readFrameworkRequirement(text).version, '10.0.0', String(text));
        }
    });

    it('names the channel to install', () => {
        assert.equal(requiredChannel({ name: 'Microsoft.NETCore.App', version: '10.0.3', rollForward: 'Minor' }), '10.0');
    });
});

describe('runtime compatibility (roll-forward)', () => {
    const netcore = (version: string) => ({ name: 'Microsoft.NETCore.App', version });
    const wants = (version: string, rollForward = 'Minor'): FrameworkRequirement => ({ name: 'Microsoft.NETCore.App', version, rollForward });
    const cases: [installed: string, requirement: FrameworkRequirement, compatible: boolean][] = [
        ['10.0.12', wants('10.0.0'), true],
        ['10.1.0', wants('10.0.0'), true],
        ['10.0.0', wants('10.0.1'), false],
        ['9.0.11', wants('10.0.0'), false],
        ['11.0.0', wants('10.0.0'), false],
        ['11.0.0', wants('10.0.0', 'Major'), true],
        ['11.0.0', wants('10.0.0', 'LatestMajor'), true],
        ['10.1.0', wants('10.0.0', 'LatestPatch'), false],
        ['10.0.5', wants('10.0.0', 'Patch'), true],
        ['10.0.5', wants('10.0.0', 'Disable'), false],
        ['10.0.0', wants('10.0.0', 'Disable'), true],
        ['10.0.0-rc.2.25502.107', wants('10.0.0'), false],
    ];
    for (const [installed, requirement, compatible] of cases) {
        it(`${installed} ${compatible ? 'runs' : 'does not run'} a server for ${requirement.version} (${requirement.rollForward})`, () => {
            assert.equal(isCompatible(netcore(installed), requirement), compatible);
        });
    }

    it('ignores other frameworks', () => {
        assert.equal(isCompatible({ name: 'Microsoft.AspNetCore.App', version: '10.0.12' }, wants('10.0.0')), false);
    });
});

describe('where dotnet is looked for', () => {
    it('DOTNET_ROOT, then PATH, then the installers\' folders, without duplicates', () => {
        const candidates = dotnetCandidates({
            env: { DOTNET_ROOT: '/opt/dotnet', PATH: '/usr/bin:/usr/share/dotnet:/usr/bin' },
            platform: 'linux',
            homeDirectory: '/home/redactrice',
        });
        assert.deepEqual(candidates.slice(0, 3), ['/opt/dotnet/dotnet', '/usr/bin/dotnet', '/usr/share/dotnet/dotnet']);
        assert.ok(candidates.includes('/home/redactrice/.dotnet/dotnet'));
        assert.equal(new Set(candidates).size, candidates.length);
    });

    it('on Windows, dotnet.exe along Path and in Program Files', () => {
        const candidates = dotnetCandidates({
            env: { Path: 'C:\\Windows;C:\\Tools', ProgramFiles: 'C:\\Program Files' },
            platform: 'win32',
            homeDirectory: 'C:\\Users\\redactrice',
        });
        assert.deepEqual(candidates.slice(0, 3), ['C:\\Windows\\dotnet.exe', 'C:\\Tools\\dotnet.exe', 'C:\\Program Files\\dotnet\\dotnet.exe']);
    });
});
