using System.Globalization;
using System.Text;
using SunEs.Semantics;

namespace SunEs.LanguageServer.Features.Completion;

/// <summary>Whole blocks to fill in: a new instruction, a window, an indicator, a target grid per volet, a test.</summary>
internal sealed class Snippets(FeatureContext context, CompletionItems items)
{
    public void Add(Block block)
    {
        if (block == Block.None)
        {
            Instruction();
            return;
        }

        if (block is Block.Domain or Block.Indicator)
        {
            Indicator();
        }

        Window();
        Grids();
        Test();
    }

    private void Instruction()
    {
        var today = context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        items.Snippet("instruction", context.T("Nouvelle instruction", "New instruction"),
            "instruction \"${1:DGOS/PF5/DNS/AAAA/NN}\"\n" +
            "    titre \"${2:Objet de l'instruction}\"\n" +
            $"    signée le ${{3:{today}}}\n" +
            "    applicable ${4:immédiatement}\n" +
            "    modifie \"${5}\"\n$0");
    }

    private void Window()
    {
        var next = NextId(EntityKind.Window, "F");
        var number = next[1..];
        items.Snippet("fenêtre", context.T("Nouvelle fenêtre de financement", "New funding window"),
            $"fenêtre ${{1:{next}}} \"${{2:Fenêtre {number}}}\"\n" +
            "    candidature du ${3:AAAA-MM-JJ} au ${4:AAAA-MM-JJ}\n" +
            "    sélection ${5:4} mois maximum\n" +
            "    mesure \"${6:S1 AAAA}\" du ${7:AAAA-MM-JJ} au ${8:AAAA-MM-JJ}\n" +
            "    jalon ${9:AAAA-MM-JJ}\n$0");
    }

    private void Indicator()
    {
        items.Snippet("indicateur", context.T("Nouvel indicateur (taux)", "New indicator (rate)"),
            "indicateur ${1:DS1.1} \"${2:Libellé}\"\n" +
            "    taux = ${3:numérateur} / ${4:dénominateur}\n$0");
    }

    /// <summary>One grid per volet: its windows in the header, one row of "/" per indicator.</summary>
    private void Grids()
    {
        foreach (var volet in context.Compilation.GetRulesInForce(context.Today).Volets.Where(volet => context.Sees(volet.Symbol)))
        {
            var windows = volet.WindowList.Select(w => w.Id).ToList();
            var indicators = volet.Indicators.Select(i => i.Symbol.Id).ToList();
            if (windows.Count == 0)
            {
                continue;
            }

            var width = Math.Max(8, indicators.Concat(windows).Append("fenêtres").Max(id => id.Length) + 2);
            var body = new StringBuilder($"cibles du volet {volet.Symbol.Id}\n");
            body.Append("    " + "fenêtres".PadRight(width) + string.Concat(windows.Select(w => w.PadRight(8))).TrimEnd() + "\n");
            var stop = 1;
            foreach (var indicator in indicators)
            {
                body.Append("    " + Escape(indicator).PadRight(width));
                body.Append(string.Concat(windows.Select(_ => $"${{{stop++}:/}}".PadRight(8 + 4))).TrimEnd() + "\n");
            }

            items.Snippet($"cibles du volet {volet.Symbol.Id}", context.T("Grille de cibles du volet", "Target grid of the volet") + $" {volet.Symbol.Id}", body + "$0");
        }
    }

    private void Test()
    {
        var today = context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        items.Snippet("test", context.T("Nouveau test", "New test"),
            $"test \"${{1:Nom du test}}\" au ${{2:{today}}}\n" +
            "    établissement \"${3:750000010}\"\n" +
            "    candidature en ${4:F1} pour ${5:D1}\n" +
            "    prérequis tous atteints\n" +
            "    données ${6:donnée = valeur}\n" +
            "    mesures ${7:indicateur = 50 %}\n" +
            "    attendu\n" +
            "        ${8:candidature recevable}\n$0");
    }

    /// <summary>The identifier after the highest "F<n>" (F5 when F1…F4 exist).</summary>
    private string NextId(EntityKind kind, string prefix)
    {
        var numbers = context.Compilation.Entities
            .Where(e => e.Kind == kind && context.Sees(e) && e.Id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => int.TryParse(e.Id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
        return prefix + (numbers.DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("$", "\\$").Replace("}", "\\}");
}
