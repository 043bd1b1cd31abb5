import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { extensionRoot } from './paths';

interface Pattern {
    pattern: string;
    flags: string;
}

const configuration = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'language-configuration.json'), 'utf8')) as {
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
    folding: { offSide: boolean; markers: { start: string; end: string } };
    wordPattern: Pattern;
    indentationRules: { increaseIndentPattern: Pattern; decreaseIndentPattern: Pattern };
};

/** VS Code compiles these patterns as JavaScript regular expressions with the given flags. */
const compile = ({ pattern, flags }: Pattern, extra = '') => new RegExp(pattern, flags + extra);

describe('language configuration', () => {
    it('comments, brackets, auto-closing and surrounding pairs', () => {
        assert.deepEqual(configuration.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
        assert.deepEqual(configuration.brackets, [['(', ')']]);
        assert.deepEqual(configuration.autoClosingPairs.map(pair => pair.open + pair.close), ['()', '""', '«»', '/* */']);
        assert.deepEqual(configuration.surroundingPairs, [['(', ')'], ['"', '"'], ['«', '»']]);
    });

    it('the word pattern keeps DS1.1, séjours_ldl and 4,96 whole', () => {
        const words = (text: string) => text.match(compile(configuration.wordPattern, 'g')) ?? [];
        assert.deepEqual(words('DS1.1 49 %'), ['DS1.1', '49']);
        assert.deepEqual(words('taux = séjours_ldl / séjours'), ['taux', 'séjours_ldl', 'séjours']);
        assert.deepEqual(words('dont D1 4,96 M€'), ['dont', 'D1', '4,96', 'M']);
        assert.deepEqual(words('fenêtre F2 modifiée'), ['fenêtre', 'F2', 'modifiée']);
    });

    it('a block keyword indents the next line; a test item does not', () => {
        const increase = compile(configuration.indentationRules.increaseIndentPattern);
        for (const line of ['programme SUNES "Ségur"', '    volet V1 modifié', '        domaine D1', 'Fenetre F2',
            'PRÉREQUIS PS1.1 "x"', 'cibles du volet V1', 'test "cas" au 2023-04-01', '    attendu', 'instruction "A"']) {
            assert.match(line, increase);
        }
        for (const line of ['    fenêtres F1, F2', '    prérequis tous atteints', '    volets V1', 'donnée x : entier', '    // volet V1']) {
            assert.doesNotMatch(line, increase);
        }
    });

    it('a top-level declaration typed inside a block moves back out', () => {
        const decrease = compile(configuration.indentationRules.decreaseIndentPattern);
        for (const line of ['    fenêtre F3', '        donnée x : entier', '    test "cas"', '    cibles V2']) {
            assert.match(line, decrease);
        }
        for (const line of ['        indicateur DS1.1', '    fenêtres F1', '    prérequis aucun', '    volet V2']) {
            assert.doesNotMatch(line, decrease);
        }
    });

    it('folding follows indentation and region markers', () => {
        assert.equal(configuration.folding.offSide, true);
        assert.match('// région Cibles', new RegExp(configuration.folding.markers.start));
        assert.match('  // fin région', new RegExp(configuration.folding.markers.end));
        assert.match('// #endregion', new RegExp(configuration.folding.markers.end));
    });
});
