import * as vscode from 'vscode';
import { withContentSecurityPolicy } from './rulesPage';

/** One webview beside the editor showing the rules page; reused by later requests. */
export class RulesPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;

    show(title: string, html: string): void {
        if (this.panel === undefined) {
            const panel = vscode.window.createWebviewPanel(
                'sunes.rules',
                title,
                { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                { enableScripts: false, enableFindWidget: true, localResourceRoots: [] });
            panel.onDidDispose(() => {
                this.panel = undefined;
            });
            this.panel = panel;
        }
        this.panel.title = title;
        this.panel.webview.html = withContentSecurityPolicy(html);
        this.panel.reveal(vscode.ViewColumn.Beside, true);
    }

    dispose(): void {
        this.panel?.dispose();
    }
}
