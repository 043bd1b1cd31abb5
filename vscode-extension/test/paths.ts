import * as path from 'node:path';

/** The extension folder (tests run from out/test/). */
export const extensionRoot = path.resolve(__dirname, '..', '..');

/** The repository, whose instructions/ folder holds the real corpus. */
export const repositoryRoot = path.resolve(extensionRoot, '..');

export const corpusFolder = path.join(repositoryRoot, 'instructions');

function version(): string {
    return (require(path.join(extensionRoot, 'package.json')) as { version: string }).version;
}

/** The universal package: framework-dependent server. */
export function vsixPath(): string {
    return path.join(extensionRoot, `sunes-${version()}.vsix`);
}

/** The package of one platform (VS Code's name: linux-x64, win32-x64, darwin-arm64…): self-contained server. */
export function platformVsixPath(target: string): string {
    return path.join(extensionRoot, `sunes-${target}-${version()}.vsix`);
}

/** The platforms build.sh packages for, as it reads them. */
export function platformTargets(): string[] {
    return (process.env.SUNES_VSIX_TARGETS ?? 'linux-x64 win32-x64 darwin-arm64').split(/\s+/).filter(target => target.length > 0);
}
