/**
 * Expands a VS Code snippet body the way the editor inserts it when the author accepts every
 * default: `${1:text}` → text, `${2|a,b|}` → a, `$1`/`$0` → nothing, `$CURRENT_YEAR`… → today.
 */
export function expandSnippet(body: readonly string[], now: Date, overrides: Readonly<Record<string, string>> = {}): string {
    const variables: Record<string, string> = {
        CURRENT_YEAR: String(now.getFullYear()),
        CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'),
        CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
    };
    const expandVariables = (text: string): string =>
        text.replace(/\$\{?([A-Z_]+)\}?/g, (whole, name: string) => {
            const value = variables[name];
            if (value === undefined) {
                throw new Error(`Unknown snippet variable ${whole}`);
            }
            return value;
        });
    let text = body.join('\n');
    let previous: string;
    do {
        previous = text;
        text = text
            .replace(/\$\{(\d+):((?:[^{}$]|\$[A-Z_]+)*)\}/g, (_whole, index: string, value: string) => overrides[index] ?? expandVariables(value))
            .replace(/\$\{(\d+)\|([^|,]*)[^|]*\|\}/g, (_whole, index: string, first: string) => overrides[index] ?? first);
    } while (text !== previous);
    return expandVariables(text.replace(/\$(\d+)/g, (_whole, index: string) => overrides[index] ?? ''));
}
