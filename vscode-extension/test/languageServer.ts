import { type ChildProcess, spawn } from 'node:child_process';
import {
    createProtocolConnection,
    type Diagnostic,
    type InitializeResult,
    type ProtocolConnection,
    PublishDiagnosticsNotification,
    StreamMessageReader,
    StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** A language server process driven over stdio by the protocol library VS Code's client is built on. */
export class ServerUnderTest {
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly waiting = new Map<string, (diagnostics: Diagnostic[]) => void>();
    readonly stderr: string[] = [];

    private constructor(private readonly process: ChildProcess, readonly connection: ProtocolConnection) {
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.waiting.get(params.uri)?.(params.diagnostics);
        });
        connection.onRequest('client/registerCapability', () => null);
        process.stderr?.on('data', chunk => this.stderr.push(String(chunk)));
    }

    /** `env`, when given, is the server's whole environment. */
    static start(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): ServerUnderTest {
        const child = spawn(command, [...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        connection.listen();
        return new ServerUnderTest(child, connection);
    }

    async initialize(rootUri: string, locale: string): Promise<InitializeResult> {
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid,
            locale,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'sunes' }],
            capabilities: {},
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    /** Opens a document and waits for the diagnostics the server publishes for it. */
    async open(uri: string, text: string, timeoutMs = 30_000): Promise<Diagnostic[]> {
        const published = new Promise<Diagnostic[]>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server said: ${this.stderr.join('')}`)), timeoutMs);
            this.waiting.set(uri, diagnostics => {
                clearTimeout(timer);
                this.waiting.delete(uri);
                resolve(diagnostics);
            });
        });
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sunes', version: 1, text } });
        return published;
    }

    async stop(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => this.process.once('exit', code => resolve(code)));
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } finally {
            const killer = setTimeout(() => this.process.kill(), 10_000);
            const code = await exited;
            clearTimeout(killer);
            this.connection.dispose();
            return code;
        }
    }
}

export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} [${String(d.severity)}] ${String(d.code)} ${d.message}`).join('\n');
}
