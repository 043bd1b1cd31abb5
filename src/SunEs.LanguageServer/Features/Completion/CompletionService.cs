using SunEs.LanguageServer.Protocol;
using SunEs.LanguageServer.Text;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>
/// Completion that knows where it is: the keywords allowed at that point of the block, the
/// identifiers of the right kind after the keywords that expect them (windows after « fenêtres »,
/// prerequisites after « sauf »…), indicators at the start of grid rows, data, min and max in
/// expressions, outcomes of earlier windows (<see cref="OutcomeCompletion"/>), a category's values after « = » or « parmi », instruction numbers after « modifie »,
/// and snippets for whole blocks.
/// </summary>
public static class CompletionService
{
    /// <summary>
    /// The most items one answer carries. A workspace with thousands of data would otherwise send
    /// them all at every keystroke; beyond this the list says it is incomplete, and the editor asks
    /// again as the word grows, getting the items that begin with it first.
    /// </summary>
    public const int MaxItems = 200;

    public static CompletionList Complete(FeatureContext context, int offset, bool snippets)
    {
        if (CompletionSite.Analyze(context.Tree, offset) is not { } site)
        {
            return new CompletionList(false, []);
        }

        var items = new CompletionItems(context, site);
        if (CategoryValueSite.Datum(context, site) is { } category)
        {
            items.Values(category);
        }
        else if (site.InsideString is not null)
        {
            if (IsAmendedList(site))
            {
                items.Instructions();
            }
        }
        else if (site.AtLineStart)
        {
            LineStart(context, site, items, snippets);
        }
        else
        {
            InStatement(context, site, items);
        }

        return items.ToList(MaxItems);
    }

    private static void LineStart(FeatureContext context, CompletionSite site, CompletionItems items, bool snippets)
    {
        items.Keywords(Keywords.AtLineStart(site.Block));
        switch (site.Block)
        {
            case Block.Grid when site.BlockName is { } volet:
                var written = GridRows(context, site);
                items.Entities(EntityKind.Indicator, e => e.Parent?.Parent?.Id == volet && !written.Contains(e.Id));
                break;
            case Block.Expectations:
                items.Entities(EntityKind.Domain);
                items.Entities(EntityKind.Indicator);
                break;
        }

        if (snippets)
        {
            new Snippets(context, items).Add(site.Block);
        }
    }

    private static void InStatement(FeatureContext context, CompletionSite site, CompletionItems items)
    {
        var text = site.Text;
        var previous = site.Previous;
        var written = site.WrittenNames;
        var afterListSeparator = Lexemes.IsPunctuation(text, previous, ",");
        bool After(params string[] stems) => Lexemes.Is(text, previous, stems);
        bool HeadIs(params string[] stems) => Lexemes.Is(text, site.Head, stems);

        if (HeadIs("modifie*") && site.Block == Block.Header && (After("modifie*") || afterListSeparator))
        {
            items.Instructions();
        }
        else if (HeadIs("territoire") && site.Block is Block.Test)
        {
            items.Territories(_ => true);
        }
        else if (HeadIs("outre*") && site.Block == Block.Programme && (After("sauf", "outre*") || afterListSeparator))
        {
            items.Territories(territory => territory.IsOverseas);
        }
        else if (HeadIs("outre*") && site.Block == Block.Programme && After("tous"))
        {
            items.Keywords(["sauf"]);
        }
        else if (HeadIs("volet") && site.Block == Block.Expectations && After("volet"))
        {
            items.Entities(EntityKind.Volet);
        }
        else if (HeadIs("volet") && site.Block == Block.Expectations && previous?.Kind == SyntaxTokenKind.Identifier)
        {
            items.Keywords(["recevable", "irrecevable"]);
        }
        else if (HeadIs("report") && site.Block == Block.Window && Lexemes.Is(text, previous, "de", "du"))
        {
            // The targets and degressivity of a postponement are the postponed window's or the later one's.
            items.Entities(EntityKind.Window, e => e.Id == site.BlockName || site.Statement.Any(t => t.Kind == SyntaxTokenKind.Identifier && text[t.Span] == e.Id));
        }
        else if (HeadIs("report") && site.Block == Block.Window && previous?.Kind == SyntaxTokenKind.Identifier && !site.Statement.Any(t => Lexemes.Is(text, t, "avec")))
        {
            items.Keywords(["avec les cibles de"]);
        }
        else if (HeadIs("derogation") && After("derogation"))
        {
            items.WaivableCodes();
        }
        else if (HeadIs("fenetres") && (After("fenetres") || afterListSeparator || previous?.Kind == SyntaxTokenKind.Identifier))
        {
            items.Entities(EntityKind.Window, e => !written.Contains(e.Id) && InVolet(context, site, e));
        }
        else if ((After("en") && Lexemes.Is(text, site.BeforePrevious, "candidature", "tolerance")) || After("vers")
                 || (afterListSeparator && HeadIs("tolerance")))
        {
            // A window is not postponed to itself.
            items.Entities(EntityKind.Window, e => !written.Contains(e.Id) && !(site.Block == Block.Window && e.Id == site.BlockName));
        }
        else if (HeadIs("degressivite") && (After("degressivite") || afterListSeparator))
        {
            items.Entities(EntityKind.Window, e => !written.Contains(e.Id) && InVolet(context, site, e));
        }
        else if (HeadIs("prerequis") && (After("sauf") || (After("atteint*") && !Lexemes.Is(text, site.BeforePrevious, "tous", "toutes")) || afterListSeparator))
        {
            items.Entities(EntityKind.Prerequisite, e => !written.Contains(e.Id));
        }
        else if (HeadIs("prerequis") && site.Block is Block.Test or Block.Expectations)
        {
            items.Keywords(After("prerequis") ? ["tous atteints", "atteints", "aucun"] : After("tous", "toutes") ? ["atteints"] : After("atteint*") ? ["sauf"] : []);
        }
        else if (HeadIs("volets") && (After("volets") || afterListSeparator))
        {
            items.Entities(EntityKind.Volet, e => !written.Contains(e.Id));
        }
        else if (HeadIs("candidature") && (After("pour") || (afterListSeparator && site.Statement.Any(t => Lexemes.Is(text, t, "pour")))))
        {
            items.Entities(EntityKind.Domain, e => !written.Contains(e.Id));
        }
        else if (HeadIs("candidature") && site.Block is Block.Test && previous?.Kind == SyntaxTokenKind.Identifier)
        {
            items.Keywords(["pour"]);
        }
        else if (HeadIs("donnees") && (After("donnees") || afterListSeparator))
        {
            items.Entities(EntityKind.Data, e => !written.Contains(e.Id));
        }
        else if (HeadIs("mesures") && (After("mesures") || afterListSeparator))
        {
            items.Entities(EntityKind.Indicator, e => !written.Contains(e.Id));
        }
        else if (HeadIs("taux") && (Lexemes.IsPunctuation(text, previous, "=") || Lexemes.IsPunctuation(text, previous, "/")))
        {
            items.Entities(EntityKind.Data, e => e.DataType is DataType.Integer or DataType.Decimal);
        }
        else if (HeadIs("resultat*") && site.Block is Block.Test && site.Statement.Any(t => Lexemes.Is(text, t, "anterieur*")))
        {
            OutcomeCompletion.InTest(context, site, items);
        }
        else if (IsExpression(site))
        {
            if (!OutcomeCompletion.InRule(context, site, items))
            {
                items.Entities(EntityKind.Data);
                items.Functions();
                items.Keywords(site.Block == Block.Indicator && HeadIs("bonus") ? [.. Keywords.Expression, "forfait", "du", "de"] : Keywords.Expression);
            }
        }
        else
        {
            items.Keywords(FollowUps(site));
        }
    }

    /// <summary>The keywords that complete a phrase begun on the line (« signée » → « le »…).</summary>
    private static IEnumerable<string> FollowUps(CompletionSite site)
    {
        var text = site.Text;
        var previous = site.Previous;
        bool After(params string[] stems) => Lexemes.Is(text, previous, stems);
        return site.Block switch
        {
            _ when After("signee") => ["le"],
            Block.Header when After("applicable") => ["le", "immédiatement"],
            Block.Indicator or Block.Domain when After("applicable", "eligible") => ["si"],
            Block.Window when After("candidature") => ["du"],
            Block.Window when After("report") => ["vers"],
            Block.Window when After("cible*") => ["de"],
            Block.Window when previous?.Kind == SyntaxTokenKind.Identifier && Lexemes.Is(text, site.BeforePrevious, "de", "du") && Lexemes.Is(text, site.Head, "report")
                && !site.Statement.Any(t => Lexemes.Is(text, t, "degressivite")) => ["et la dégressivité de"],
            Block.Test or Block.Expectations when After("candidature") => ["en", "recevable", "irrecevable", "partiellement recevable"],
            Block.Test when After("deposee") => ["le"],
            Block.Test when After("resultat*") => ["transmis le", "antérieurs"],
            Block.Test when After("transmis*") => ["le"],
            Block.Test when After("mesure*") && Lexemes.Is(text, site.Head, "mesure*") && site.Statement.Count == 1 => ["du"],
            Block.Expectations when After("hors") => ["délai", "période"],
            Block.Programme when After("candidature") => ["déposée pendant la période de candidature"],
            Block.Programme when After("resultat*") => ["transmis au plus tard au jalon"],
            Block.Programme when After("outre*") => ["tous sauf", "aucun"],
            Block.Programme or Block.Volet when After("recevable") => ["si"],
            Block.Test or Block.Expectations when After("report") => ["demandé"],
            Block.Prerequisite when After("tolerance") => ["en"],
            _ when After("cible", "cibles") => ["du volet"],
            _ when After("arrondi") => ["au centime", "à l'euro"],
            Block.Window when previous is { Kind: SyntaxTokenKind.Keyword } p && Lexemes.Is(text, p, "mois", "jour*", "semaine*") => ["au plus", "maximum"],
            _ => [],
        };
    }

    private static bool IsExpression(CompletionSite site)
    {
        var text = site.Text;
        var head = site.Head;
        var previous = site.Previous;
        if (Lexemes.Is(text, head, "forfait", "taux"))
        {
            return site.Statement.Skip(1).Any(t => Lexemes.IsPunctuation(text, t, "="));
        }

        if (Lexemes.Is(text, head, "eligible", "applicable") && site.Block is Block.Domain or Block.Indicator)
        {
            return site.Statement.Skip(1).Any(t => Lexemes.Is(text, t, "si"));
        }

        if (Lexemes.Is(text, head, "recevable") && site.Block is Block.Programme or Block.Volet)
        {
            return site.Statement.Skip(1).Any(t => Lexemes.Is(text, t, "si"));
        }

        return Lexemes.Is(text, head, "bonus") && previous is not { Kind: SyntaxTokenKind.Identifier or SyntaxTokenKind.Number };
    }

    private static bool IsAmendedList(CompletionSite site) =>
        site.Block == Block.Header && Lexemes.Is(site.Text, site.Head, "modifie*");

    /// <summary>In a volet's window list or degressivity, or a grid header, the windows of that volet first; any window when the volet lists none yet.</summary>
    private static bool InVolet(FeatureContext context, CompletionSite site, EntitySymbol window)
    {
        if (site.BlockName is not { } name || site.Block is not (Block.Grid or Block.Volet) || context.Compilation.FindEntity(name, context.Programme) is not { Kind: EntityKind.Volet } volet)
        {
            return true;
        }

        if (site.Block == Block.Volet && Lexemes.Is(site.Text, site.Head, "fenetres"))
        {
            return true;
        }

        var windows = context.Compilation.GetRulesInForce(context.Today).FindVolet(volet)?.WindowList;
        return windows is not { Count: > 0 } || windows.Contains(window);
    }

    private static HashSet<string> GridRows(FeatureContext context, CompletionSite site)
    {
        var grid = context.Tree.Root.Declarations.OfType<TargetGridSyntax>()
            .LastOrDefault(g => g.Span.Start <= site.Word.Start);
        return grid?.Rows.Where(row => !row.Indicator.Span.ContainsOrTouches(site.Word.Start)).Select(row => row.Indicator.Text).ToHashSet(StringComparer.Ordinal) ?? [];
    }
}
