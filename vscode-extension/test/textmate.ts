import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { extensionRoot } from './paths';

export interface Token {
    readonly text: string;
    readonly scopes: readonly string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

/** The grammar the extension ships, loaded the way VS Code loads it (Oniguruma compiled to WebAssembly). */
export function sunesGrammar(): Promise<textmate.IGrammar> {
    grammar ??= (async () => {
        const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
        await oniguruma.loadWASM(wasm);
        const grammarPath = path.join(extensionRoot, 'syntaxes', 'sunes.tmLanguage.json');
        const registry = new textmate.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
                createOnigString: text => new oniguruma.OnigString(text),
            }),
            loadGrammar: async scopeName =>
                scopeName === 'source.sunes' ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
        });
        const loaded = await registry.loadGrammar('source.sunes');
        if (loaded === null) {
            throw new Error(`${grammarPath} did not load`);
        }
        return loaded;
    })();
    return grammar;
}

/** Tokenises lines in order, carrying the state from line to line as the editor does (block comments). */
export function tokenizeLines(loaded: textmate.IGrammar, lines: readonly string[]): Token[][] {
    let state = textmate.INITIAL;
    return lines.map(line => {
        const result = loaded.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map(token => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
    });
}
