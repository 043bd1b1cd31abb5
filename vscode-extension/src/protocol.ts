/** The SunEs requests the server adds to LSP (docs: the contracts between the server and this extension). */

export interface Position {
    readonly line: number;
    readonly character: number;
}

export interface Range {
    readonly start: Position;
    readonly end: Position;
}

export interface TextDocumentParams {
    readonly textDocument: { readonly uri: string };
}

export interface CompileDiagnostic {
    readonly uri: string;
    readonly range: Range;
    /** LSP severity: 1 error, 2 warning, 3 information, 4 hint. */
    readonly severity: 1 | 2 | 3 | 4;
    readonly code: string;
    readonly message: string;
}

export interface CompileResult {
    readonly succeeded: boolean;
    readonly programme: string;
    readonly instructions: readonly string[];
    readonly diagnostics: readonly CompileDiagnostic[];
}

export interface TestFailure {
    readonly range: Range;
    readonly message: string;
}

export interface TestResult {
    readonly name: string;
    readonly uri: string;
    readonly range: Range;
    readonly passed: boolean;
    readonly failures: readonly TestFailure[];
    readonly error: string | null;
}

export interface RunTestsResult {
    readonly passed: number;
    readonly failed: number;
    readonly results: readonly TestResult[];
}

export interface RulesPageParams extends TextDocumentParams {
    readonly asOf: string | null;
}

export interface RulesPageResult {
    readonly html: string;
    readonly asOf: string;
}

export const sunesRequests = {
    compile: 'sunes/compile',
    runTests: 'sunes/runTests',
    rulesPage: 'sunes/rulesPage',
} as const;

export type SunesFeature = keyof typeof sunesRequests;

/**
 * The SunEs requests a server announces under `capabilities.experimental.sunes`; a server that
 * predates one of them simply does not list it, and the command says so instead of failing.
 */
export function announcedFeatures(initializeResult: unknown): ReadonlySet<SunesFeature> {
    const sunes = (initializeResult as { capabilities?: { experimental?: { sunes?: unknown } } } | undefined)
        ?.capabilities?.experimental?.sunes;
    const features = new Set<SunesFeature>();
    if (typeof sunes !== 'object' || sunes === null) {
        return features;
    }
    for (const feature of Object.keys(sunesRequests) as SunesFeature[]) {
        if ((sunes as Record<string, unknown>)[feature] === true) {
            features.add(feature);
        }
    }
    return features;
}
