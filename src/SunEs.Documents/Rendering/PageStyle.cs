namespace SunEs.Documents.Rendering;

/// <summary>The page's only style sheet, inline: the page fetches nothing and needs no script.</summary>
internal static class PageStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1a202c; --muted: #4a5568; --line: #cbd5e0; --head: #edf2f7; --accent: #2b6cb0; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 24px; border-bottom: 3px solid var(--accent); }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 17px; margin: 22px 0 8px; }
        .subtitle { color: var(--muted); margin: 0 0 12px; }
        .warning { background: #fffaf0; border: 1px solid #dd6b20; padding: 8px 12px; border-radius: 4px; }
        nav ul { list-style: none; padding: 0; margin: 12px 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
        nav a { color: var(--accent); text-decoration: none; }
        table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; }
        th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
        thead th { background: var(--head); }
        table.instruction { width: auto; min-width: 60%; }
        table.instruction th { width: 11em; background: #f7fafc; }
        table.grid td.target, table.grid td.degressivity, table.grid thead th.window { text-align: center; white-space: nowrap; }
        table.grid tr.domain th { background: #e6fffa; }
        table.grid td.label { font-size: 13px; color: var(--muted); }
        table.grid tr.degressivity th, table.grid tr.degressivity td { background: #f7fafc; font-weight: 600; }
        td.none { color: #a0aec0; }
        .badge { display: inline-block; margin-left: 6px; padding: 0 5px; border-radius: 3px; font-size: 11px; font-weight: 700; color: #fff; background: #b7791f; vertical-align: 1px; }
        a.value { color: inherit; text-decoration: underline dotted #a0aec0; text-underline-offset: 3px; }
        a.value:hover { background: #ebf8ff; }
        .replaced { display: block; font-size: 12px; color: #c53030; }
        .assumption { display: block; font-size: 12px; font-style: italic; color: #975a16; }
        .replaced del { color: #c53030; }
        .replaced a { color: #9b2c2c; }
        figure { margin: 8px 0 16px; overflow-x: auto; }
        figcaption { color: var(--muted); font-size: 13px; }
        tr.change.added th { border-left: 4px solid #38a169; }
        tr.change.removed th { border-left: 4px solid #e53e3e; }
        tr.change.changed th { border-left: 4px solid #d69e2e; }
        ol.source-lines { list-style: none; padding: 0; margin: 0 0 12px; font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 13px; }
        ol.source-lines li { padding: 2px 6px; white-space: pre-wrap; border-left: 3px solid transparent; }
        ol.source-lines li:target { background: #fefcbf; border-left-color: #d69e2e; }
        .line-number { display: inline-block; min-width: 4.5em; color: var(--muted); }
        footer { color: var(--muted); font-size: 12px; padding: 24px; }
        @media print { nav { display: none; } a.value { text-decoration: none; } }
        """;
}
