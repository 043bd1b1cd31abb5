using System.Globalization;
using System.Text;
using SunEs.Runtime;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// A candidatures CSV file as a national batch would be: distinct hospitals in the four windows,
/// on time, with every prerequisite and the D1 columns of the corpus; targets met or missed, the
/// surgery bonus earned or not. Written row by row, so a million rows never sit in memory.
/// </summary>
public static class CandidatureFile
{
    private const string Header = "établissement;fenêtre;domaines;déposée_le;résultats_le;territoire;prérequis_saisis_osis;engagement_cibles_osis;"
        + "PS1.1;PS1.2;PS2.1;PS2.2;PS3.1;PS3.2;PS4.1;activité_chirurgie;forfait_d1;bonus_historique;DS1.1;DS1.2;DS1.3;DS1.4";

    private static readonly string[] Windows = ["F1", "F2", "F3", "F4"];
    private static readonly string[] Filed = ["2021-10-15", "2022-04-01", "2022-10-01", "2023-04-01"];
    private static readonly string[] Results = ["2022-09-30", "2023-03-31", "2023-07-31", "2023-12-31"];

    public static void Write(string path, int rows)
    {
        var random = new Random(1_000_000);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header + "\n");
        for (var row = 0; row < rows; row++)
        {
            var window = row % Windows.Length;
            var hospital = FinessNumber.WithCheckDigit((10_000_000 + row / Windows.Length).ToString("D8", CultureInfo.InvariantCulture));
            var forfait = random.Next(20_000, 400_000).ToString(CultureInfo.InvariantCulture);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{hospital};{Windows[window]};D1;{Filed[window]};{Results[window]};France métropolitaine;oui;oui;oui;oui;oui;oui;oui;oui;oui;"
                + $"{(random.Next(3) > 0 ? "oui" : "non")};{forfait} €;5 000 €;{random.Next(40, 70)} %;{Ratio(random)};{random.Next(40, 70)} %;{Ratio(random)}\n"));
        }
    }

    private static string Ratio(Random random)
    {
        var denominator = random.Next(500, 20_000);
        return string.Create(CultureInfo.InvariantCulture, $"{denominator * random.Next(40, 70) / 100} / {denominator}");
    }
}
