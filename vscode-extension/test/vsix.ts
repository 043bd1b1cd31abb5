import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { vsixPath } from './paths';

/** Calls `visit` on every entry of a built .vsix (a zip), one after the other. */
function eachEntry(file: string, visit: (entry: yauzl.Entry, open: () => Promise<Readable>) => Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true }, (openError, zip) => {
            if (openError || !zip) {
                reject(openError ?? new Error(`cannot open ${file}`));
                return;
            }
            zip.on('error', reject);
            zip.on('end', () => resolve());
            zip.on('entry', (entry: yauzl.Entry) => {
                const open = () => new Promise<Readable>((resolveStream, rejectStream) =>
                    zip.openReadStream(entry, (error, stream) => (error ? rejectStream(error) : resolveStream(stream))));
                visit(entry, open).then(() => zip.readEntry(), error => {
                    zip.close();
                    reject(error);
                });
            });
            zip.readEntry();
        });
    });
}

export async function vsixEntries(file = vsixPath()): Promise<string[]> {
    const names: string[] = [];
    await eachEntry(file, async entry => {
        names.push(entry.fileName);
    });
    return names;
}

/** The Unix permission bits each entry carries, as VS Code applies them when it installs a package. */
export async function vsixModes(file: string): Promise<Map<string, number>> {
    const modes = new Map<string, number>();
    await eachEntry(file, async entry => {
        modes.set(entry.fileName, unixMode(entry));
    });
    return modes;
}

function unixMode(entry: yauzl.Entry): number {
    return (entry.externalFileAttributes >>> 16) & 0o777;
}

/** Unpacks a .vsix as VS Code installs it (permissions included), into a fresh temporary folder; returns the extension folder. */
export async function installVsix(file = vsixPath()): Promise<string> {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'sunes-vsix-'));
    await eachEntry(file, async (entry, open) => {
        const destination = path.join(target, entry.fileName);
        if (!destination.startsWith(target + path.sep)) {
            throw new Error(`Entry outside the package: ${entry.fileName}`);
        }
        if (entry.fileName.endsWith('/')) {
            return;
        }
        fs.mkdirSync(path.dirname(destination), { recursive: true });
        const stream = await open();
        await new Promise<void>((resolve, reject) => {
            stream.on('error', reject);
            const mode = unixMode(entry);
            stream.pipe(fs.createWriteStream(destination, mode ? { mode } : {})).on('finish', resolve).on('error', reject);
        });
    });
    return path.join(target, 'extension');
}
