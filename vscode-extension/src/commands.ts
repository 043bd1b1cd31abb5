import * as vscode from 'vscode';
import { localIsoDate, parseAsOfDate } from './asOfDate';
import { compileReportLines, errorCount } from './compileReport';
import { format } from './messages';
import type { CompileResult, RulesPageResult, RunTestsResult } from './protocol';
import type { RulesPanel } from './rulesPanel';
import type { ServerSession } from './session';
import { testDiagnostics, testReportLines } from './testReport';

/** The .sunes document a command applies to: the one it was invoked on (editor title, context menu) or the active one. */
async function targetDocument(argument: unknown, session: ServerSession): Promise<vscode.TextDocument | undefined> {
    if (argument instanceof vscode.Uri) {
        return vscode.workspace.openTextDocument(argument);
    }
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === 'sunes') {
        return document;
    }
    void vscode.window.showWarningMessage(format(session.locale, 'noSunesEditor'));
    return undefined;
}

function label(uri: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
}

function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
    return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function registerCommands(session: ServerSession, rulesPanel: RulesPanel): vscode.Disposable[] {
    const testProblems = vscode.languages.createDiagnosticCollection('sunes-tests');
    /** Documents whose diagnostics came from the last test run of each document, so a rerun replaces them. */
    const testProblemOwners = new Map<string, string[]>();

    const compile = async (argument?: unknown): Promise<void> => {
        const document = await targetDocument(argument, session);
        if (document === undefined) {
            return;
        }
        const uri = document.uri.toString();
        const result = await session.request<CompileResult>('compile', { textDocument: { uri } });
        if (result === undefined) {
            return;
        }
        const locale = session.locale;
        for (const line of compileReportLines(result, label(uri), label, locale)) {
            session.output.appendLine(line);
        }
        if (result.succeeded) {
            void vscode.window.showInformationMessage(format(locale, 'compileSucceeded', result.programme, result.instructions.length));
        } else {
            session.output.show(true);
            void vscode.window.showErrorMessage(format(locale, 'compileFailed', result.programme, errorCount(result)));
        }
    };

    const runTests = async (argument?: unknown): Promise<void> => {
        const document = await targetDocument(argument, session);
        if (document === undefined) {
            return;
        }
        const uri = document.uri.toString();
        const result = await session.request<RunTestsResult>('runTests', { textDocument: { uri } });
        if (result === undefined) {
            return;
        }
        const locale = session.locale;
        for (const owned of testProblemOwners.get(uri) ?? []) {
            testProblems.delete(vscode.Uri.parse(owned));
        }
        const byUri = testDiagnostics(result, locale);
        for (const [target, diagnostics] of byUri) {
            testProblems.set(vscode.Uri.parse(target), diagnostics.map(item => {
                const diagnostic = new vscode.Diagnostic(toRange(item.range), item.message, vscode.DiagnosticSeverity.Error);
                diagnostic.source = format(locale, 'testDiagnosticSource');
                return diagnostic;
            }));
        }
        testProblemOwners.set(uri, [...byUri.keys()]);

        for (const line of testReportLines(result, label(uri), locale)) {
            session.output.appendLine(line);
        }
        if (result.results.length === 0) {
            void vscode.window.showInformationMessage(format(locale, 'noTests', label(uri)));
        } else if (result.failed === 0) {
            void vscode.window.showInformationMessage(format(locale, 'testsAllPassed', result.passed));
        } else {
            const showOutput = format(locale, 'showOutput');
            const chosen = await vscode.window.showErrorMessage(
                format(locale, 'testsSomeFailed', result.passed + result.failed, result.failed), showOutput);
            if (chosen === showOutput) {
                session.output.show(true);
            }
        }
    };

    const showRules = async (argument?: unknown): Promise<void> => {
        const document = await targetDocument(argument, session);
        if (document === undefined) {
            return;
        }
        const locale = session.locale;
        const answer = await vscode.window.showInputBox({
            title: 'SunEs',
            prompt: format(locale, 'asOfPrompt'),
            value: localIsoDate(new Date()),
            validateInput: text => (parseAsOfDate(text) === undefined ? format(locale, 'asOfInvalid') : undefined),
        });
        const asOf = answer === undefined ? undefined : parseAsOfDate(answer);
        if (asOf === undefined) {
            return;
        }
        const result = await session.request<RulesPageResult>('rulesPage', { textDocument: { uri: document.uri.toString() }, asOf });
        if (result !== undefined) {
            rulesPanel.show(format(locale, 'rulesTitle', result.asOf), result.html);
        }
    };

    const restart = async (): Promise<void> => {
        await session.restart();
        void vscode.window.showInformationMessage(format(session.locale, 'serverRestarted'));
    };

    // A test result describes the text it ran on: editing that text makes it stale.
    const clearStaleTestProblems = vscode.workspace.onDidChangeTextDocument(change => {
        if (change.contentChanges.length > 0 && testProblems.has(change.document.uri)) {
            testProblems.delete(change.document.uri);
        }
    });

    return [
        testProblems,
        clearStaleTestProblems,
        vscode.commands.registerCommand('sunes.compile', compile),
        vscode.commands.registerCommand('sunes.runTests', runTests),
        vscode.commands.registerCommand('sunes.showRules', showRules),
        vscode.commands.registerCommand('sunes.restartServer', restart),
    ];
}
