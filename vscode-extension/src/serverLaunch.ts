import * as path from 'node:path';
import {
    dotnetCandidates,
    type DotnetSearchContext,
    type InstalledRuntime,
    isCompatible,
    parseListRuntimes,
    readFrameworkRequirement,
    requiredChannel,
} from './dotnetRuntime';

/** What the extension needs from the machine, so that the decision can be tested without one. */
export interface MachineProbe extends DotnetSearchContext {
    isFile(filePath: string): Promise<boolean>;
    readText(filePath: string): Promise<string | undefined>;
    /** Runs a program to completion; undefined when it cannot be started. */
    run(command: string, args: readonly string[]): Promise<{ exitCode: number; stdout: string } | undefined>;
}

export interface LaunchRequest {
    /** `sunes.server.path`, as the author wrote it (may be empty). */
    readonly configuredPath: string;
    /** The server shipped in the extension (see findBundledServer). */
    readonly bundledServer: string;
    readonly workspaceFolder: string | undefined;
}

export type LaunchPlan =
    | { readonly kind: 'ready'; readonly command: string; readonly args: readonly string[]; readonly serverPath: string }
    | { readonly kind: 'serverNotFound'; readonly serverPath: string; readonly configured: boolean }
    | { readonly kind: 'dotnetMissing'; readonly channel: string }
    | { readonly kind: 'runtimeMissing'; readonly channel: string; readonly dotnet: string; readonly installed: readonly InstalledRuntime[] };

/**
 * The server shipped in the extension: the self-contained native program of a platform package
 * (`sunes-<platform>-<version>.vsix`, no .NET needed), else the framework-dependent
 * `sunes-lsp.dll` of the universal package.
 */
export async function findBundledServer(extensionPath: string, platform: NodeJS.Platform, probe: Pick<MachineProbe, 'isFile'>): Promise<string> {
    const folder = path.join(extensionPath, 'server');
    const native = path.join(folder, platform === 'win32' ? 'sunes-lsp.exe' : 'sunes-lsp');
    return (await probe.isFile(native)) ? native : path.join(folder, 'sunes-lsp.dll');
}

export function resolveServerPath(request: LaunchRequest, homeDirectory: string): { serverPath: string; configured: boolean } {
    const configured = request.configuredPath.trim();
    if (configured.length === 0) {
        return { serverPath: request.bundledServer, configured: false };
    }
    const expanded = configured === '~' || configured.startsWith('~/') || configured.startsWith('~\\')
        ? path.join(homeDirectory, configured.slice(1))
        : configured;
    const serverPath = path.isAbsolute(expanded) || request.workspaceFolder === undefined
        ? path.resolve(expanded)
        : path.resolve(request.workspaceFolder, expanded);
    return { serverPath, configured: true };
}

/**
 * Decides how to start the server: a `.dll` runs under a `dotnet` host that has the runtime its
 * runtimeconfig asks for; anything else is started as an executable. Every way this can fail is a
 * plan the extension turns into a message saying what to install or fix.
 */
export async function planServerLaunch(request: LaunchRequest, probe: MachineProbe): Promise<LaunchPlan> {
    const { serverPath, configured } = resolveServerPath(request, probe.homeDirectory);
    if (!(await probe.isFile(serverPath))) {
        return { kind: 'serverNotFound', serverPath, configured };
    }
    if (path.extname(serverPath).toLowerCase() !== '.dll') {
        return { kind: 'ready', command: serverPath, args: ['--stdio'], serverPath };
    }

    const runtimeConfig = serverPath.slice(0, -'.dll'.length) + '.runtimeconfig.json';
    const requirement = readFrameworkRequirement(await probe.readText(runtimeConfig));
    const channel = requiredChannel(requirement);
    let firstHostFound: { dotnet: string; installed: InstalledRuntime[] } | undefined;
    for (const dotnet of dotnetCandidates(probe)) {
        if (!(await probe.isFile(dotnet))) {
            continue;
        }
        const listing = await probe.run(dotnet, ['--list-runtimes']);
        if (listing === undefined || listing.exitCode !== 0) {
            continue;
        }
        const installed = parseListRuntimes(listing.stdout);
        if (installed.some(runtime => isCompatible(runtime, requirement))) {
            return { kind: 'ready', command: dotnet, args: [serverPath, '--stdio'], serverPath };
        }
        firstHostFound ??= { dotnet, installed };
    }
    return firstHostFound
        ? { kind: 'runtimeMissing', channel, dotnet: firstHostFound.dotnet, installed: firstHostFound.installed }
        : { kind: 'dotnetMissing', channel };
}
