import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileReportLines, errorCount } from '../src/compileReport';
import type { CompileResult, Range, RunTestsResult } from '../src/protocol';
import { testDiagnostics, testReportLines } from '../src/testReport';

const at = (line: number, character: number, length = 5): Range => ({ start: { line, character }, end: { line, character: character + length } });
const uri = 'file:///w/instructions/2023-28.sunes';
const other = 'file:///w/instructions/tests.sunes';

const run: RunTestsResult = {
    passed: 1,
    failed: 3,
    results: [
        { name: 'CH complet', uri, range: at(110, 5), passed: true, failures: [], error: null },
        {
            name: 'CH sans chirurgie', uri, range: at(120, 5), passed: false, error: null,
            failures: [
                { range: at(128, 8), message: 'D1 : financé 90 000,00 € attendu, obtenu 81 000,00 €' },
                { range: at(129, 8), message: 'DS1.3 : non applicable attendu, obtenu atteint' },
            ],
        },
        { name: 'mesure manquante', uri: other, range: at(3, 5), passed: false, failures: [], error: 'mesure DS1.1 manquante pour 750000010' },
        { name: 'sans détail', uri, range: at(140, 5), passed: false, failures: [], error: null },
    ],
};

describe('failing tests become diagnostics', () => {
    it('one per failed expectation, at the expectation, named after its test', () => {
        const diagnostics = testDiagnostics(run, 'fr');
        assert.deepEqual(diagnostics.get(uri), [
            { range: at(128, 8), message: 'CH sans chirurgie : D1 : financé 90 000,00 € attendu, obtenu 81 000,00 €' },
            { range: at(129, 8), message: 'CH sans chirurgie : DS1.3 : non applicable attendu, obtenu atteint' },
            { range: at(140, 5), message: 'Le test « sans détail » a échoué.' },
        ]);
    });

    it('a test that could not run: one diagnostic at its name, in its own document', () => {
        assert.deepEqual(testDiagnostics(run, 'en').get(other), [
            { range: at(3, 5), message: 'Test "mesure manquante" could not run: mesure DS1.1 manquante pour 750000010' },
        ]);
    });

    it('passing tests leave no diagnostic', () => {
        const passing: RunTestsResult = { passed: 1, failed: 0, results: [run.results[0]] };
        assert.equal(testDiagnostics(passing, 'fr').size, 0);
    });
});

describe('the test report in the output channel', () => {
    it('lists every test, its failures with 1-based positions, and the counts', () => {
        assert.deepEqual(testReportLines(run, 'instructions/2023-28.sunes', 'fr'), [
            'Tests de instructions/2023-28.sunes',
            '✔ CH complet (111:6)',
            '✘ CH sans chirurgie (121:6)',
            '    129:9 D1 : financé 90 000,00 € attendu, obtenu 81 000,00 €',
            '    130:9 DS1.3 : non applicable attendu, obtenu atteint',
            '✘ mesure manquante (4:6)',
            '    Le test « mesure manquante » n\'a pas pu s\'exécuter : mesure DS1.1 manquante pour 750000010',
            '✘ sans détail (141:6)',
            '1 réussi(s), 3 en échec',
        ]);
    });

    it('in English', () => {
        const lines = testReportLines({ passed: 0, failed: 0, results: [] }, 'a.sunes', 'en');
        assert.deepEqual(lines, ['Tests of a.sunes', '0 passed, 0 failed']);
    });
});

describe('the compile report', () => {
    const failed: CompileResult = {
        succeeded: false,
        programme: 'SUNES',
        instructions: ['DGOS/PF5/DNS/CTO/2021/167', 'DGOS/PF5/DNS/2023/28'],
        diagnostics: [
            { uri, range: at(40, 4), severity: 1, code: 'SUN0201', message: 'Fenêtre inconnue « F9 »' },
            { uri: other, range: at(0, 0), severity: 2, code: 'SUN0301', message: 'Jalon inconnu' },
        ],
    };
    const label = (target: string) => target.replace('file:///w/', '');

    it('says the outcome, the instructions and each diagnostic as file:line:col', () => {
        assert.deepEqual(compileReportLines(failed, 'instructions/2023-28.sunes', label, 'fr'), [
            'Compilation de instructions/2023-28.sunes — programme SUNES : échec',
            'Instructions : DGOS/PF5/DNS/CTO/2021/167, DGOS/PF5/DNS/2023/28',
            'instructions/2023-28.sunes:41:5: erreur SUN0201: Fenêtre inconnue « F9 »',
            'instructions/tests.sunes:1:1: avertissement SUN0301: Jalon inconnu',
        ]);
        assert.equal(errorCount(failed), 1);
    });

    it('in English, a success', () => {
        const succeeded: CompileResult = { succeeded: true, programme: 'SUNES', instructions: ['A'], diagnostics: [] };
        assert.deepEqual(compileReportLines(succeeded, 'a.sunes', label, 'en'), [
            'Compiling a.sunes — programme SUNES: succeeded',
            'Instructions: A',
        ]);
        assert.equal(errorCount(succeeded), 0);
    });
});
