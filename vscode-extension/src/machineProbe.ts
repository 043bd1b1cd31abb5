import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import type { MachineProbe } from './serverLaunch';

/** The real machine: files, environment and `dotnet --list-runtimes` (bounded, so activation never hangs). */
export function localMachine(): MachineProbe {
    return {
        env: process.env,
        platform: process.platform,
        homeDirectory: os.homedir(),
        async isFile(filePath) {
            try {
                return (await fs.stat(filePath)).isFile();
            } catch {
                return false;
            }
        },
        async readText(filePath) {
            try {
                return await fs.readFile(filePath, 'utf8');
            } catch {
                return undefined;
            }
        },
        run(command, args) {
            return new Promise(resolve => {
                execFile(command, [...args], { timeout: 15_000, windowsHide: true }, (error, stdout) => {
                    if (error && typeof error.code !== 'number') {
                        resolve(undefined);
                        return;
                    }
                    resolve({ exitCode: error ? Number(error.code) : 0, stdout });
                });
            });
        },
    };
}
