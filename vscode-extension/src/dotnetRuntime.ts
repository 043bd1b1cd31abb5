import * as path from 'node:path';

/** The shared framework a framework-dependent server asks for in its `*.runtimeconfig.json`. */
export interface FrameworkRequirement {
    readonly name: string;
    readonly version: string;
    readonly rollForward: string;
}

/** One line of `dotnet --list-runtimes`: `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]`. */
export interface InstalledRuntime {
    readonly name: string;
    readonly version: string;
}

const defaultRequirement: FrameworkRequirement = { name: 'Microsoft.NETCore.App', version: '10.0.0', rollForward: 'Minor' };

/** Reads the framework from a runtimeconfig.json; the default (.NET 10) when the file says nothing usable. */
export function readFrameworkRequirement(runtimeConfigJson: string | undefined): FrameworkRequirement {
    if (runtimeConfigJson === undefined) {
        return defaultRequirement;
    }
    let config: unknown;
    try {
        config = JSON.parse(runtimeConfigJson);
    } catch {
        return defaultRequirement;
    }
    const options = (config as { runtimeOptions?: Record<string, unknown> } | null)?.runtimeOptions;
    const framework = (options?.framework ?? (Array.isArray(options?.frameworks) ? options.frameworks[0] : undefined)) as
        | { name?: unknown; version?: unknown }
        | undefined;
    if (typeof framework?.name !== 'string' || typeof framework.version !== 'string') {
        return defaultRequirement;
    }
    const rollForward = typeof options?.rollForward === 'string' ? options.rollForward : 'Minor';
    return { name: framework.name, version: framework.version, rollForward };
}

export function parseListRuntimes(output: string): InstalledRuntime[] {
    const runtimes: InstalledRuntime[] = [];
    for (const line of output.split(/\r?\n/)) {
        const match = /^\s*(\S+)\s+(\d+\.\d+\.\d+\S*)\s+\[/.exec(line);
        if (match) {
            runtimes.push({ name: match[1], version: match[2] });
        }
    }
    return runtimes;
}

interface Version {
    readonly major: number;
    readonly minor: number;
    readonly patch: number;
}

function parseVersion(text: string): Version | undefined {
    const match = /^(\d+)\.(\d+)\.(\d+)/.exec(text);
    return match ? { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) } : undefined;
}

/** The `major.minor` an author has to install, e.g. `10.0`. */
export function requiredChannel(requirement: FrameworkRequirement): string {
    const version = parseVersion(requirement.version);
    return version ? `${version.major}.${version.minor}` : requirement.version;
}

/**
 * Whether one installed runtime can run the server, following .NET's roll-forward policy:
 * `Patch`/`LatestPatch` stay on the requested minor, `Minor`/`LatestMinor` (the default) on the
 * requested major, `Major`/`LatestMajor` accept any later major, `Disable` only the exact version.
 */
export function isCompatible(installed: InstalledRuntime, requirement: FrameworkRequirement): boolean {
    if (installed.name !== requirement.name || installed.version.includes('-')) {
        return false;
    }
    const have = parseVersion(installed.version);
    const want = parseVersion(requirement.version);
    if (!have || !want) {
        return false;
    }
    const notOlder =
        have.major !== want.major ? have.major > want.major
            : have.minor !== want.minor ? have.minor > want.minor
                : have.patch >= want.patch;
    switch (requirement.rollForward.toLowerCase()) {
        case 'disable':
            return have.major === want.major && have.minor === want.minor && have.patch === want.patch;
        case 'patch':
        case 'latestpatch':
            return notOlder && have.major === want.major && have.minor === want.minor;
        case 'major':
        case 'latestmajor':
            return notOlder;
        default:
            return notOlder && have.major === want.major;
    }
}

export interface DotnetSearchContext {
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly platform: NodeJS.Platform;
    readonly homeDirectory: string;
}

/**
 * Where a `dotnet` host may be, most specific first: `DOTNET_ROOT`, each `PATH` entry, then the
 * installers' default folders (VS Code started from a desktop menu often has a shorter PATH than a terminal).
 */
export function dotnetCandidates(context: DotnetSearchContext): string[] {
    const windows = context.platform === 'win32';
    const pathApi = windows ? path.win32 : path.posix;
    const executable = windows ? 'dotnet.exe' : 'dotnet';
    const folders: string[] = [];
    for (const variable of ['DOTNET_ROOT', windows ? 'DOTNET_ROOT(x86)' : 'DOTNET_ROOT_X64']) {
        const value = context.env[variable];
        if (value) {
            folders.push(value);
        }
    }
    const pathVariable = context.env[windows ? 'Path' : 'PATH'] ?? context.env.PATH ?? '';
    folders.push(...pathVariable.split(windows ? ';' : ':').filter(folder => folder.length > 0));
    if (windows) {
        folders.push(
            pathApi.join(context.env.ProgramFiles ?? 'C:\\Program Files', 'dotnet'),
            pathApi.join(context.homeDirectory, '.dotnet'));
    } else {
        folders.push(
            '/usr/local/share/dotnet',
            '/usr/share/dotnet',
            '/usr/lib/dotnet',
            '/usr/lib64/dotnet',
            '/opt/homebrew/opt/dotnet/libexec',
            '/snap/dotnet/current',
            pathApi.join(context.homeDirectory, '.dotnet'));
    }
    return [...new Set(folders.map(folder => pathApi.join(folder, executable)))];
}
