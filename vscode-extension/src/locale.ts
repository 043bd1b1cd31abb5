/** The language of everything the extension and the server say to the author. */
export type MessageLocale = 'fr' | 'en';

/**
 * `sunes.locale` is `auto`, `fr` or `en`. `auto` follows VS Code's display language:
 * English when VS Code is in English, French otherwise (the authors' language).
 */
export function resolveMessageLocale(setting: string | undefined, displayLanguage: string): MessageLocale {
    if (setting === 'fr' || setting === 'en') {
        return setting;
    }
    return /^en(?:-|$)/i.test(displayLanguage) ? 'en' : 'fr';
}
