using System.Globalization;
using System.Text;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// A valid instruction of about the requested number of lines, shaped like the real ones:
/// volets of ten domains (forfait, eligibility, four rate indicators, one a bonus applicable on
/// a condition), four windows, a prerequisite per volet, target grids and the data; with
/// <c>tests</c>, one test per domain (a candidacy in W2 meeting every target). Growth
/// benchmarks use several sizes; the editor benchmarks the 5,000-line one. Its names (BENCH,
/// VB1, W1, forfait_VB1_1…) are none of the corpus', so both can share a workspace.
/// </summary>
public static class SyntheticInstruction
{
    public const string Path = "synthetic/bench.sunes";

    /// <summary>The fewest whole volets that reach <paramref name="lines"/> (every volet adds the same number of lines).</summary>
    public static string Generate(int lines, bool tests = false)
    {
        var one = CountLines(Write(1, tests));
        var perVolet = CountLines(Write(2, tests)) - one;
        var volets = 1 + Math.Max(0, (lines - one + perVolet - 1) / perVolet);
        return Write(volets, tests);
    }

    private static string Write(int voletCount, bool tests)
    {
        var volets = Enumerable.Range(1, voletCount).Select(number => $"VB{number}").ToList();
        var text = new StringBuilder();
        text.Append("instruction \"BENCH/2024/1\"\n    titre \"Programme de mesure des performances\"\n    signée le 1er janvier 2024\n    applicable immédiatement\n\n");
        text.Append("programme BENCH \"Programme de mesure\"\n    enveloppe 100 M€\n");
        foreach (var volet in volets)
        {
            text.Append(Inv($"\n    volet {volet} \"Volet {volet}\"\n        fenêtres W1, W2, W3, W4\n        dégressivité W1 100 %, W2 90 %, W3 85 %, W4 80 %\n"));
            for (var domain = 1; domain <= 10; domain++)
            {
                var id = $"{volet}_{domain}";
                text.Append(Inv($"\n        domaine D{id} \"Domaine {id}\"\n            forfait = forfait_{id}\n            éligible si interne_{id}\n"));
                for (var indicator = 1; indicator <= 4; indicator++)
                {
                    text.Append(Inv($"            indicateur I{id}.{indicator} \"Indicateur {indicator} du domaine {id}\"\n                taux = nombre_{id}_{indicator} / total_{id}\n"));
                    if (indicator == 4)
                    {
                        text.Append(Inv($"                bonus 5 % du forfait\n                applicable si interne_{id}\n"));
                    }
                }
            }
        }

        for (var window = 1; window <= 4; window++)
        {
            text.Append(Inv($"\nfenêtre W{window} \"Fenêtre {window}\"\n    candidature du 1er mars {2023 + window} au 30 avril {2023 + window}\n"));
            text.Append(Inv($"    mesure \"S{window}\" du 1er juillet {2023 + window} au 31 décembre {2023 + window}\n    jalon 31 décembre {2023 + window}\n"));
        }

        foreach (var volet in volets)
        {
            text.Append(Inv($"\nprérequis P{volet} \"Prérequis du volet {volet}\"\n    volets {volet}\n    tolérance en W1\n"));
            text.Append(Inv($"\ncibles du volet {volet}\n    fenêtres    W1      W2      W3      W4\n"));
            for (var domain = 1; domain <= 10; domain++)
            {
                for (var indicator = 1; indicator <= 4; indicator++)
                {
                    text.Append(Inv($"    I{volet}_{domain}.{indicator}    {40 + indicator} %    {45 + indicator} %    {50 + indicator} %    {55 + indicator} %\n"));
                }
            }
        }

        text.Append('\n');
        foreach (var volet in volets)
        {
            for (var domain = 1; domain <= 10; domain++)
            {
                var id = $"{volet}_{domain}";
                text.Append(Inv($"donnée forfait_{id} : montant \"Forfait du domaine {id}\"\ndonnée interne_{id} : booléen \"Plateau interne pour le domaine {id}\"\n"));
                text.Append(Inv($"donnée total_{id} : entier \"Total du domaine {id}\"\n"));
                for (var indicator = 1; indicator <= 4; indicator++)
                {
                    text.Append(Inv($"donnée nombre_{id}_{indicator} : entier \"Nombre de l'indicateur {indicator} du domaine {id}\"\n"));
                }
            }
        }

        if (tests)
        {
            WriteTests(text, volets);
        }

        return text.ToString();
    }

    /// <summary>One test per domain, in W2 (dégressivité 90 %), every target met and the bonus earned: 90 000 € + 5 % of it.</summary>
    private static void WriteTests(StringBuilder text, IReadOnlyList<string> volets)
    {
        foreach (var volet in volets)
        {
            for (var domain = 1; domain <= 10; domain++)
            {
                var id = $"{volet}_{domain}";
                text.Append(Inv($"\ntest \"Domaine {id} financé en W2\" au 2025-04-01\n    établissement \"750000001\"\n    candidature en W2 pour D{id}\n    prérequis tous atteints\n"));
                text.Append(Inv($"    données forfait_{id} = 100 k€, interne_{id} = oui\n"));
                text.Append(Inv($"    mesures I{id}.1 = 60 %, I{id}.2 = 60 %, I{id}.3 = 60 %, I{id}.4 = 60 %\n"));
                text.Append(Inv($"    attendu\n        candidature recevable\n        I{id}.4 atteint\n        D{id} financé 94 500 €\n"));
            }
        }
    }

    public static int CountLines(string text) => text.Count(character => character == '\n');

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
