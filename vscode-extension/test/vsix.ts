import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { vsixPath } from './paths';

/** Calls `visit` on every entry of the built .vsix (a zip), one after the other. */
function eachEntry(visit: (entry: yauzl.Entry, open: () => Promise<Readable>) => Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
        yauzl.open(vsixPath(), { lazyEntries: true }, (openError, zip) => {
            if (openError || !zip) {
                reject(openError ?? new Error(`cannot open ${vsixPath()}`));
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

export async function vsixEntries(): Promise<string[]> {
    const names: string[] = [];
    await eachEntry(async entry => {
        names.push(entry.fileName);
    });
    return names;
}

/** Unpacks the .vsix as VS Code installs it, into a fresh temporary folder; returns the extension folder. */
export async function installVsix(): Promise<string> {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'sunes-vsix-'));
    await eachEntry(async (entry, open) => {
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
            stream.pipe(fs.createWriteStream(destination)).on('finish', resolve).on('error', reject);
        });
    });
    return path.join(target, 'extension');
}
