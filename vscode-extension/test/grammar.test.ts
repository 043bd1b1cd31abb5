import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { corpusFolder } from './paths';
import { sunesGrammar, type Token, tokenizeLines } from './textmate';

type Expectation = readonly [text: string, scope: string];

interface CorpusCase {
    readonly file: string;
    readonly find: string;
    readonly tokens: readonly Expectation[];
}

interface SampleCase {
    readonly name: string;
    readonly lines: readonly string[];
    readonly tokens: readonly Expectation[];
}

function readCases<T>(name: string): T[] {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'test', 'grammar', name), 'utf8')) as T[];
}

function corpusLines(file: string): string[] {
    return fs.readFileSync(path.join(corpusFolder, file), 'utf8').split(/\r?\n/);
}

function describeTokens(tokens: readonly Token[]): string {
    return tokens.filter(token => token.text.trim().length > 0).map(token => `${JSON.stringify(token.text)} ${token.scopes.slice(1).join(' ')}`).join('\n');
}

/** Each expected token is looked for, in order, after the previous one; its scopes must include the expected scope. */
function assertTokens(tokens: readonly Token[], expected: readonly Expectation[]): void {
    let next = 0;
    for (const [text, scope] of expected) {
        const index = tokens.findIndex((token, position) => position >= next && token.text === text);
        assert.notEqual(index, -1, `no token ${JSON.stringify(text)} after token ${next} in:\n${describeTokens(tokens)}`);
        assert.ok(tokens[index].scopes.includes(scope),
            `${JSON.stringify(text)} has scopes ${tokens[index].scopes.join(' ')}, expected ${scope}`);
        next = index + 1;
    }
}

describe('TextMate grammar on the real corpus', async () => {
    const grammar = await sunesGrammar();

    for (const testCase of readCases<CorpusCase>('corpus-cases.json')) {
        it(`${testCase.file}: ${testCase.find.trim()}`, () => {
            const lines = corpusLines(testCase.file);
            const lineIndex = lines.findIndex(line => line.includes(testCase.find));
            assert.notEqual(lineIndex, -1, `${testCase.file} has no line containing ${JSON.stringify(testCase.find)}`);
            // The whole file up to that line is tokenised so that a block comment above it counts.
            const tokens = tokenizeLines(grammar, lines.slice(0, lineIndex + 1));
            assertTokens(tokens[lineIndex], testCase.tokens);
        });
    }

    for (const file of fs.readdirSync(corpusFolder).filter(name => name.endsWith('.sunes')).sort()) {
        it(`${file}: every word, number and sign is scoped`, () => {
            const lines = corpusLines(file);
            const unscoped = tokenizeLines(grammar, lines).flatMap((tokens, index) =>
                tokens
                    .filter(token => token.text.trim().length > 0 && token.scopes.length < 2)
                    .map(token => `${file}:${index + 1}: ${JSON.stringify(token.text)} in ${JSON.stringify(lines[index])}`));
            assert.deepEqual(unscoped, []);
        });
    }
});

describe('TextMate grammar on the rest of the language', async () => {
    const grammar = await sunesGrammar();

    for (const testCase of readCases<SampleCase>('sample-cases.json')) {
        it(testCase.name, () => {
            assertTokens(tokenizeLines(grammar, testCase.lines).flat(), testCase.tokens);
        });
    }
});
