import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { RulesPanel } from './rulesPanel';
import { ServerSession } from './session';

let session: ServerSession | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('SunEs');
    session = new ServerSession(context.extensionPath, output);
    const rulesPanel = new RulesPanel();
    context.subscriptions.push(output, session, rulesPanel, ...registerCommands(session, rulesPanel));

    const current = session;
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(change => {
        // The path and the language are fixed when the server starts: a change takes a restart.
        if (change.affectsConfiguration('sunes.server.path') || change.affectsConfiguration('sunes.locale')) {
            void current.restart();
        }
    }));
    await session.start();
}

export async function deactivate(): Promise<void> {
    await session?.stop();
    session = undefined;
}
