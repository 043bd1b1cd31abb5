namespace SunEs.Cli.Tests.Evaluation;

/// <summary>
/// Candidature files for the evaluation tests: the calendar and the D1 columns of the corpus, and rows
/// of metropolitan hospitals, filed and reporting on time with their oSIS commitments, that are funded
/// 90 000 € in F2 on 2023-04-01.
/// </summary>
internal static class Batch
{
    public const string Header = "établissement;fenêtre;domaines;déposée_le;résultats_le;territoire;prérequis_saisis_osis;engagement_cibles_osis;"
        + "PS1.1;PS1.2;PS2.1;PS2.2;PS3.1;PS3.2;PS4.1;activité_chirurgie;forfait_d1;DS1.1;DS1.2";

    /// <summary>The columns after the window and domains up to the prerequisites, on time for each window.</summary>
    public static string Calendar(string window) => window switch
    {
        "F1" => "2021-10-15;2022-09-30;France métropolitaine;oui;oui",
        "F3" => "2022-10-01;2023-07-31;France métropolitaine;oui;oui",
        "F4" => "2023-04-01;2023-12-31;France métropolitaine;oui;oui",
        _ => "2022-04-01;2023-03-31;France métropolitaine;oui;oui",
    };

    public const string AsOf = "2023-04-01";

    /// <summary>Valid FINESS numbers (their last digit is the Luhn key of the eight before).</summary>
    public static readonly string[] Finess = ["750000010", "750000028", "750000036", "750000044", "750000051", "750000069", "750000077", "750000085", "750000093"];

    /// <summary>One CSV row of D1 in F2 with every prerequisite met; each value can be replaced.</summary>
    public static string Row(string finess, string forfait = "100 k€", string ds11 = "55 %", string ds12 = "48 %", string window = "F2") =>
        $"{finess};{window};D1;{Calendar(window)};oui;oui;oui;oui;oui;oui;oui;non;{forfait};{ds11};{ds12}";

    public static string Csv(params string[] rows) => string.Join("\n", rows.Prepend(Header)) + "\n";

    /// <summary>One JSON candidature of D1 in F2, the same as <see cref="Row"/>, with extra members written as JSON.</summary>
    public static string JsonObject(string finess, string extra = "") =>
        $$"""{ "établissement": "{{finess}}", "fenêtre": "F2", "domaines": ["D1"], "déposée_le": "2022-04-01", "résultats_le": "2023-03-31", "territoire": "France métropolitaine", "prérequis_saisis_osis": true, "engagement_cibles_osis": true, "PS1.1": true, "PS1.2": true, "PS2.1": true, "PS2.2": true, "PS3.1": true, "PS3.2": true, "activité_chirurgie": false, "forfait_d1": 100000, "DS1.1": 55, "DS1.2": "480/1000"{{extra}} }""";

    /// <summary>Runs <c>sunes evaluate</c> on a file of the folder, CSV output unless the options say otherwise.</summary>
    public static CliResult Evaluate(CorpusBuild build, TempFolder folder, string input, params string[] options) =>
        CliRunner.Run(folder.Path, ["evaluate", "--from", build.Directory, "--input", input, "--as-of", AsOf, .. options.Contains("--format") ? options : ["--format", "csv", .. options]]);

    /// <summary>The CSV output's rows after the header: line → the row's cells.</summary>
    public static IReadOnlyDictionary<int, string[]> Outcomes(CliResult result) => result.OutLines.Skip(1)
        .Select(line => line.Split(';'))
        .ToDictionary(cells => int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture));
}
