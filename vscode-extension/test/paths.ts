import * as path from 'node:path';

/** The extension folder (tests run from out/test/). */
export const extensionRoot = path.resolve(__dirname, '..', '..');

/** The repository, whose instructions/ folder holds the real corpus. */
export const repositoryRoot = path.resolve(extensionRoot, '..');

export const corpusFolder = path.join(repositoryRoot, 'instructions');

export function vsixPath(): string {
    const { version } = require(path.join(extensionRoot, 'package.json')) as { version: string };
    return path.join(extensionRoot, `sunes-${version}.vsix`);
}
