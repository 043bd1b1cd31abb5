/**
 * The server's page is self-contained; in the webview it may load nothing from outside and run
 * no script, whatever it contains: a policy that allows only its inline styles and embedded images.
 */
export const rulesPagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function withContentSecurityPolicy(html: string): string {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${rulesPagePolicy}">`;
    const insertAfter = (tag: RegExpExecArray, text: string): string => {
        const end = tag.index + tag[0].length;
        return html.slice(0, end) + text + html.slice(end);
    };
    const head = /<head(\s[^>]*)?>/i.exec(html);
    if (head) {
        return insertAfter(head, meta);
    }
    const root = /<html(\s[^>]*)?>/i.exec(html);
    if (root) {
        return insertAfter(root, `<head>${meta}</head>`);
    }
    return `<!DOCTYPE html><html><head>${meta}</head><body>${html}</body></html>`;
}
