using System.Text.Json;
using SunEs.Runtime;

namespace SunEs.Cli.Tests.Evaluation;

/// <summary>
/// The calendar decides, through <c>sunes evaluate</c> on a CSV: each case the corpus' own tests
/// check (filing on the last day and the day after, results on the milestone and the day after
/// before and after 2023/28 moved it, an F1 postponement judged at F2's milestone, D1 + D4
/// without PS4.1, volet 2 alone without PS1.1, a surgical hospital without a DS1.3 measure, a
/// territory outside the scope), and a row missing a date a rule reads, refused alone.
/// </summary>
public sealed class CalendarBatchTests(CorpusBuild build) : IClassFixture<CorpusBuild>
{
    private const string Header = "établissement;fenêtre;domaines;déposée_le;résultats_le;territoire;report;prérequis_saisis_osis;engagement_cibles_osis;"
        + "PS1.1;PS1.2;PS2.1;PS2.2;PS3.1;PS3.2;PS4.1;activité_chirurgie;forfait_d1;forfait_d4;DS1.1;DS1.2;DS4.1;DS4.2;DS4.3";

    private static readonly string[] Finess = Enumerable.Range(0, 20)
        .Select(index => FinessNumber.WithCheckDigit((75010000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    [Fact]
    public void Filing_dates_straddle_the_candidacy_period_and_volets_are_judged_each_on_their_own()
    {
        var outcomes = Evaluate("2022-10-01",
            Row(Finess[0], "F2", "D1", filed: "2022-04-30", results: "2022-12-31", ds11: "59 %"),
            Row(Finess[1], "F2", "D1", filed: "2022-05-01", results: "2022-12-31", ds11: "59 %"),
            Row(Finess[2], "F2", "D1 D4", filed: "2022-04-01", results: "2022-12-31", ps41: "non", ds11: "59 %"),
            Row(Finess[3], "F2", "D4", filed: "2022-04-01", results: "2022-12-31", ps11: "non"));

        Assert.Equal(("admissible", "financé", "90000.00"), (outcomes[2].Admissibility, outcomes[2].Status("D1"), outcomes[2].Amount("D1")));
        Assert.Equal(("inadmissible", "irrecevable"), (outcomes[3].Admissibility, outcomes[3].Status("D1")));
        Assert.Equal("filedOutsideCandidacyPeriod", outcomes[3].IssueKinds.Single());
        Assert.Contains("déposée le 2022-05-01, hors période de candidature de F2 du 1er mars 2022 au 30 avril 2022 (DGOS/PF5/DNS/CTO/2021/167, ligne 136)",
            outcomes[3].Explanation, StringComparison.Ordinal);
        Assert.Equal(("partlyAdmissible", "financé", "irrecevable"), (outcomes[4].Admissibility, outcomes[4].Status("D1"), outcomes[4].Status("D4")));
        Assert.Equal(("inadmissible", "irrecevable", "prerequisiteNotMet"), (outcomes[5].Admissibility, outcomes[5].Status("D4"), outcomes[5].IssueKinds.Single()));
    }

    [Fact]
    public void Results_on_the_milestone_fund_the_window_and_the_day_after_does_not_before_2023_28()
    {
        var outcomes = Evaluate("2023-03-20",
            Row(Finess[0], "F2", "D1", results: "2022-12-31", ds11: "59 %"),
            Row(Finess[1], "F2", "D1", results: "2023-01-01", ds11: "59 %"),
            Row(Finess[2], "F1", "D1", filed: "2021-10-15", results: "2022-12-31", postponed: true, ds11: "49 %", ds12: "40 %"),
            Row(Finess[3], "F1", "D1", filed: "2021-10-15", results: "2023-01-01", postponed: true, ds11: "49 %", ds12: "40 %"));

        Assert.Equal("financé", outcomes[2].Status("D1"));
        Assert.Equal("hors délai", outcomes[3].Status("D1"));
        Assert.Contains("résultats transmis le 2023-01-01, après le jalon de F2 du 31 décembre 2022", outcomes[3].Explanation, StringComparison.Ordinal);
        Assert.Equal(("financé", "100000.00"), (outcomes[4].Status("D1"), outcomes[4].Amount("D1")));
        Assert.Equal("hors délai", outcomes[5].Status("D1"));
    }

    [Fact]
    public void After_2023_28_the_milestone_of_F2_and_of_an_F1_postponement_is_31_March_2023()
    {
        var outcomes = Evaluate("2023-04-01",
            Row(Finess[0], "F2", "D1", results: "2023-03-31"),
            Row(Finess[1], "F2", "D1", results: "2023-04-01"),
            Row(Finess[2], "F1", "D1", filed: "2021-10-15", results: "2023-03-31", postponed: true, ds11: "49 %", ds12: "40 %"),
            Row(Finess[3], "F1", "D1", filed: "2021-10-15", results: "2023-04-01", postponed: true, ds11: "49 %", ds12: "40 %"),
            Row(Finess[4], "F2", "D1", results: "2023-03-31", surgery: "oui"),
            Row(Finess[5], "F2", "D1", results: "2023-03-31", territory: "Polynésie française"));

        Assert.Equal("financé", outcomes[2].Status("D1"));
        Assert.Equal("hors délai", outcomes[3].Status("D1"));
        Assert.Contains("après le jalon de F2 du 31 mars 2023 (DGOS/PF5/DNS/2023/28", outcomes[3].Explanation, StringComparison.Ordinal);
        Assert.Equal(("financé", "100000.00"), (outcomes[4].Status("D1"), outcomes[4].Amount("D1")));
        Assert.Contains("Report vers F2 (jalon 31 mars 2023), cibles de F1, dégressivité de F1", outcomes[4].Explanation, StringComparison.Ordinal);
        Assert.Contains("supposé : seed 000 §2", outcomes[4].Explanation, StringComparison.Ordinal);
        Assert.Equal("hors délai", outcomes[5].Status("D1"));
        Assert.Equal(("financé", "90000.00"), (outcomes[6].Status("D1"), outcomes[6].Amount("D1")));
        Assert.Contains("pas de bonus DS1.3 : mesure non fournie", outcomes[6].Explanation, StringComparison.Ordinal);
        Assert.Equal(("inadmissible", "outsideTerritory"), (outcomes[7].Admissibility, outcomes[7].IssueKinds.Single()));
    }

    [Fact]
    public void A_row_missing_a_date_a_rule_reads_is_refused_with_its_line_and_the_fact_and_the_others_are_evaluated()
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", string.Join("\n", Header,
            Row(Finess[0], "F2", "D1", results: "2023-03-31"),
            Row(Finess[1], "F2", "D1", filed: string.Empty, results: "2023-03-31"),
            Row(Finess[2], "F2", "D1", results: string.Empty),
            Row(Finess[3], "F2", "D1", results: "2023-03-31", territory: string.Empty),
            Row(Finess[4], "F2", "D1", results: "2023-03-31")) + "\n");

        var result = CliRunner.Run(folder.Path, "evaluate", "--from", build.Directory, "--input", "batch.csv", "--as-of", "2023-04-01", "--format", "csv");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith(
            $"batch.csv(3): ligne refusée (établissement {Finess[1]}) : Il manque la date de dépôt de la candidature (colonne « déposée_le ») : la règle « candidature déposée pendant la période de candidature »",
            StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"batch.csv(4): ligne refusée (établissement {Finess[2]}) : Il manque la date de transmission des résultats", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"batch.csv(5): ligne refusée (établissement {Finess[3]}) : Il manque le territoire de l'établissement", StringComparison.Ordinal)
            && line.Contains("outre-mer tous sauf", StringComparison.Ordinal));
        var evaluated = Batch.Outcomes(result);
        Assert.Equal(("évaluée", "90000.00"), (evaluated[2][3], evaluated[2][5]));
        Assert.Equal(("évaluée", "90000.00"), (evaluated[6][3], evaluated[6][5]));
        Assert.Equal("2 candidatures évaluées, 3 lignes refusées (règles en vigueur au 2023-04-01).", result.ErrorLines[^1]);
    }

    private static string Row(string finess, string window, string domains, string filed = "2022-04-01", string results = "2023-03-31",
        string territory = "France métropolitaine", bool postponed = false, string ps11 = "oui", string ps41 = "oui", string surgery = "non",
        string ds11 = "55 %", string ds12 = "48 %") =>
        $"{finess};{window};{domains};{filed};{results};{territory};{(postponed ? "oui" : string.Empty)};oui;oui;"
        + $"{ps11};oui;oui;oui;oui;oui;{ps41};{surgery};100 k€;60 k€;{ds11};{ds12};42 %;42 %;oui";

    /// <summary>Evaluates the rows as of a date; the decisions by line (rows start on line 2).</summary>
    private Dictionary<int, Outcome> Evaluate(string asOf, params string[] rows)
    {
        using var folder = new TempFolder();
        folder.Write("batch.csv", string.Join("\n", rows.Prepend(Header)) + "\n");
        var result = CliRunner.Run(folder.Path, "evaluate", "--from", build.Directory, "--input", "batch.csv", "--as-of", asOf, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.GetProperty("decisions").EnumerateArray().ToDictionary(
            decision => decision.GetProperty("line").GetInt32(),
            decision => new Outcome(
                decision.GetProperty("admissibility").GetString()!,
                decision.GetProperty("admissibilityIssues").EnumerateArray().Select(issue => issue.GetProperty("kind").GetString()!).ToList(),
                decision.GetProperty("domains").EnumerateArray().ToDictionary(
                    domain => domain.GetProperty("id").GetString()!,
                    domain => (domain.GetProperty("status").GetString()!, domain.GetProperty("amount").GetString()!)),
                Spaces.Plain(decision.GetProperty("explanation").GetString()!)));
    }

    private sealed record Outcome(string Admissibility, IReadOnlyList<string> IssueKinds, IReadOnlyDictionary<string, (string Status, string Amount)> Domains, string Explanation)
    {
        public string Status(string domain) => Domains[domain].Status;

        public string Amount(string domain) => Domains[domain].Amount;
    }
}
