import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, RevealOutputChannelOn } from 'vscode-languageclient/node';
import { type LaunchProblem, launchProblem } from './launchProblem';
import { type MessageLocale, resolveMessageLocale } from './locale';
import { localMachine } from './machineProbe';
import { MessageLocaleFeature } from './messageLocaleFeature';
import { format } from './messages';
import { announcedFeatures, type SunesFeature, sunesRequests } from './protocol';
import { findBundledServer, planServerLaunch } from './serverLaunch';

/** The language server's lifetime: found, started, restarted when its settings change, stopped. */
export class ServerSession implements vscode.Disposable {
    private client: LanguageClient | undefined;
    private starting: Promise<void> | undefined;

    constructor(
        private readonly extensionPath: string,
        readonly output: vscode.OutputChannel,
    ) {}

    get locale(): MessageLocale {
        return resolveMessageLocale(vscode.workspace.getConfiguration('sunes').get<string>('locale'), vscode.env.language);
    }

    start(): Promise<void> {
        const starting: Promise<void> = this.launch().finally(() => {
            if (this.starting === starting) {
                this.starting = undefined;
            }
        });
        this.starting = starting;
        return starting;
    }

    private async launch(): Promise<void> {
        const locale = this.locale;
        const machine = localMachine();
        const plan = await planServerLaunch(
            {
                configuredPath: vscode.workspace.getConfiguration('sunes').get<string>('server.path') ?? '',
                bundledServer: await findBundledServer(this.extensionPath, process.platform, machine),
                workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
            },
            machine);
        if (plan.kind !== 'ready') {
            const problem = launchProblem(plan, locale);
            this.output.appendLine(problem.message);
            void this.tell(problem);
            return;
        }

        this.output.appendLine(`${plan.command} ${plan.args.join(' ')}`);
        const clientOptions: LanguageClientOptions = {
            documentSelector: [
                { scheme: 'file', language: 'sunes' },
                { scheme: 'untitled', language: 'sunes' },
            ],
            initializationOptions: { locale },
            outputChannel: this.output,
            revealOutputChannelOn: RevealOutputChannelOn.Never,
        };
        const client = new LanguageClient(
            'sunes',
            'SunEs',
            { command: plan.command, args: [...plan.args], options: { cwd: path.dirname(plan.serverPath) } },
            clientOptions);
        client.registerFeature(new MessageLocaleFeature(locale));
        this.client = client;
        try {
            await client.start();
        } catch (error) {
            this.client = undefined;
            const reason = error instanceof Error ? error.message : String(error);
            this.output.appendLine(reason);
            void vscode.window.showErrorMessage(format(locale, 'serverStartFailed', reason));
        }
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        if (client?.needsStop()) {
            await client.stop();
        }
    }

    async restart(): Promise<void> {
        await this.stop();
        await this.start();
    }

    /**
     * Sends a SunEs request the server announced. Returns undefined (after telling the author why)
     * when the server is not running, does not know the request, or answers with an error.
     */
    async request<TResult>(feature: SunesFeature, params: object): Promise<TResult | undefined> {
        const locale = this.locale;
        await this.starting;
        const client = this.client;
        if (client === undefined || !client.isRunning()) {
            void vscode.window.showErrorMessage(format(locale, 'serverNotRunning'));
            return undefined;
        }
        const method = sunesRequests[feature];
        if (!announcedFeatures(client.initializeResult).has(feature)) {
            void vscode.window.showWarningMessage(format(locale, 'requestUnsupported', method));
            return undefined;
        }
        try {
            return await client.sendRequest<TResult>(method, params);
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            this.output.appendLine(`${method}: ${reason}`);
            void vscode.window.showErrorMessage(format(locale, 'requestFailed', method, reason));
            return undefined;
        }
    }

    private async tell({ message, action }: LaunchProblem): Promise<void> {
        const chosen = await vscode.window.showErrorMessage(message, ...(action ? [action.label] : []));
        if (chosen === undefined || action === undefined) {
            return;
        }
        if (action.kind === 'openUrl') {
            await vscode.env.openExternal(vscode.Uri.parse(action.url));
        } else {
            await vscode.commands.executeCommand('workbench.action.openSettings', action.setting);
        }
    }

    dispose(): void {
        void this.stop();
    }
}
