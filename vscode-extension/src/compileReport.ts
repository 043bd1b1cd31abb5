import type { MessageLocale } from './locale';
import { format } from './messages';
import type { CompileResult } from './protocol';
import { displayPosition } from './testReport';

const severityNames: Record<MessageLocale, readonly string[]> = {
    fr: ['', 'erreur', 'avertissement', 'information', 'indication'],
    en: ['', 'error', 'warning', 'information', 'hint'],
};

/** The compile report for the output channel: `file:line:col: erreur SUN0201: message`, one a line. */
export function compileReportLines(
    result: CompileResult,
    documentLabel: string,
    labelOf: (uri: string) => string,
    locale: MessageLocale,
): string[] {
    const outcome = format(locale, result.succeeded ? 'compileOutcomeSucceeded' : 'compileOutcomeFailed');
    const lines = [format(locale, 'compileHeader', documentLabel, result.programme, outcome)];
    if (result.instructions.length > 0) {
        lines.push(format(locale, 'compileInstructions', result.instructions.join(', ')));
    }
    for (const diagnostic of result.diagnostics) {
        const severity = severityNames[locale][diagnostic.severity] ?? String(diagnostic.severity);
        lines.push(`${labelOf(diagnostic.uri)}:${displayPosition(diagnostic.range)}: ${severity} ${diagnostic.code}: ${diagnostic.message}`);
    }
    return lines;
}

export function errorCount(result: CompileResult): number {
    return result.diagnostics.filter(diagnostic => diagnostic.severity === 1).length;
}
