/** The date the rules page is asked for: ISO `YYYY-MM-DD`, as the server's request wants it. */

function isoDate(year: number, month: number, day: number): string | undefined {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (year < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        return undefined;
    }
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Accepts `2023-04-01` and `01/04/2023` (the two numeric forms of the language); undefined otherwise. */
export function parseAsOfDate(text: string): string | undefined {
    const trimmed = text.trim();
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
    if (iso) {
        return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    }
    const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
    if (french) {
        return isoDate(Number(french[3]), Number(french[2]), Number(french[1]));
    }
    return undefined;
}

/** Today in the author's time zone, which is what "rules in force today" means to them. */
export function localIsoDate(now: Date): string {
    const month = String(now.getMonth() + 1).padStart(2, '0');
    const day = String(now.getDate()).padStart(2, '0');
    return `${String(now.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
