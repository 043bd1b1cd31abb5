import type { MessageLocale } from './locale';
import { format } from './messages';
import type { Range, RunTestsResult } from './protocol';

/** A diagnostic on a failing test, independent of the editor API so that the mapping can be tested. */
export interface TestDiagnostic {
    readonly range: Range;
    readonly message: string;
}

/**
 * One diagnostic per failed expectation, at the expectation; a test that could not run gets one
 * at its name with the reason; a failed test with neither gets one at its name.
 * Keyed by document URI, in the order the server listed the tests.
 */
export function testDiagnostics(result: RunTestsResult, locale: MessageLocale): Map<string, TestDiagnostic[]> {
    const byUri = new Map<string, TestDiagnostic[]>();
    const add = (uri: string, diagnostic: TestDiagnostic): void => {
        const list = byUri.get(uri) ?? [];
        list.push(diagnostic);
        byUri.set(uri, list);
    };
    for (const test of result.results) {
        if (test.passed) {
            continue;
        }
        if (test.error !== null) {
            add(test.uri, { range: test.range, message: format(locale, 'testError', test.name, test.error) });
        }
        for (const failure of test.failures) {
            add(test.uri, { range: failure.range, message: `${test.name} : ${failure.message}` });
        }
        if (test.error === null && test.failures.length === 0) {
            add(test.uri, { range: test.range, message: format(locale, 'testFailedWithoutDetail', test.name) });
        }
    }
    return byUri;
}

/** Position as editors print it: 1-based line and column. */
export function displayPosition(range: Range): string {
    return `${range.start.line + 1}:${range.start.character + 1}`;
}

/** The report written to the output channel, one test a line, failures indented under it. */
export function testReportLines(result: RunTestsResult, documentLabel: string, locale: MessageLocale): string[] {
    const lines = [format(locale, 'testsHeader', documentLabel)];
    for (const test of result.results) {
        lines.push(`${test.passed ? '✔' : '✘'} ${test.name} (${displayPosition(test.range)})`);
        if (test.error !== null) {
            lines.push(`    ${format(locale, 'testError', test.name, test.error)}`);
        }
        for (const failure of test.failures) {
            lines.push(`    ${displayPosition(failure.range)} ${failure.message}`);
        }
    }
    lines.push(format(locale, 'testsSummary', result.passed, result.failed));
    return lines;
}
