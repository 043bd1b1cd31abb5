using SunEs.Runtime;

namespace SunEs.Benchmarks.Workloads;

/// <summary>
/// Candidacies for the evaluation benchmarks, the same for any schema given the same seed:
/// hospitals with every prerequisite met and their oSIS commitments made, mostly metropolitan,
/// filed during their window's candidacy period and transmitting their results by its milestone
/// (a few on the day after), their counts drawn so that rates fall on either side of the 2023/28
/// targets, amounts with cents, and the flags that make D2 and D3 eligible or not.
/// </summary>
public static class Candidacies
{
    public static readonly DateOnly AsOf = new(2023, 4, 1);

    private static readonly string[] Windows = ["F1", "F2", "F3", "F4"];

    /// <summary>First day of candidacy and milestone of F1…F4 in the rules in force on <see cref="AsOf"/>.</summary>
    private static readonly (DateOnly Opens, DateOnly Milestone)[] Calendar =
    [
        (new(2021, 9, 1), new(2022, 9, 30)),
        (new(2022, 3, 1), new(2023, 3, 31)),
        (new(2022, 9, 1), new(2023, 7, 31)),
        (new(2023, 3, 1), new(2024, 3, 31)),
    ];

    private static readonly string[] Territories = ["France métropolitaine", "France métropolitaine", "France métropolitaine", "Guadeloupe", "La Réunion", "Polynésie française"];
    private static readonly string[] Domains = ["D1", "D2", "D3", "D4"];

    /// <summary>The 48,000 of a real campaign: each hospital in each window for each domain, one domain per candidacy.</summary>
    public static Candidacy[] Campaign(CandidacySchema schema, int hospitals)
    {
        var random = new Random(2023_28);
        var candidacies = new Candidacy[hospitals * Windows.Length * Domains.Length];
        var index = 0;
        for (var hospital = 0; hospital < hospitals; hospital++)
        {
            foreach (var window in Windows)
            {
                foreach (var domain in Domains)
                {
                    candidacies[index++] = Hospital(schema, random, hospital, window, [domain]);
                }
            }
        }

        return candidacies;
    }

    /// <summary>Synthetic candidacies asking for one to four domains in a random window.</summary>
    public static Candidacy[] Synthetic(CandidacySchema schema, int count)
    {
        var random = new Random(1_000_000);
        var candidacies = new Candidacy[count];
        for (var index = 0; index < count; index++)
        {
            var domains = Domains.Where(_ => random.Next(2) == 0).DefaultIfEmpty("D1").ToArray();
            candidacies[index] = Hospital(schema, random, index, Windows[random.Next(Windows.Length)], domains);
        }

        return candidacies;
    }

    /// <summary>A hospital that meets every target of D1 in F2 and asks for the CRO bonus: the single-evaluation case.</summary>
    public static Candidacy Typical(CandidacySchema schema) =>
        schema.NewCandidacy("750000010", "F2").AllPrerequisitesMet().RequestDomains("D1")
            .InTerritory("France métropolitaine").FiledOn(new(2022, 4, 1)).ResultsTransmittedOn(new(2023, 3, 31))
            .Set("prérequis_saisis_osis", true).Set("engagement_cibles_osis", true)
            .Set("forfait_d1", 123_456.78m).Set("activité_chirurgie", true).Set("bonus_historique", 5_000m)
            .MeasureRate("DS1.1", 60m).MeasureRatio("DS1.2", 480, 1_000).MeasureRate("DS1.3", 61m).MeasureRatio("DS1.4", 510, 1_000)
            .Build();

    private static Candidacy Hospital(CandidacySchema schema, Random random, int number, string window, string[] domains)
    {
        var builder = schema.NewCandidacy(FinessNumber.WithCheckDigit((10_000_000 + number).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)), window)
            .AllPrerequisitesMet()
            .RequestDomains(domains)
            .InTerritory(Territories[random.Next(Territories.Length)])
            .FiledOn(Calendar[Array.IndexOf(Windows, window)].Opens.AddDays(random.Next(62)))
            .ResultsTransmittedOn(Calendar[Array.IndexOf(Windows, window)].Milestone.AddDays(random.Next(20) == 0 ? 1 : -random.Next(60)))
            .Set("prérequis_saisis_osis", true)
            .Set("engagement_cibles_osis", random.Next(50) > 0)
            .Set("activité_chirurgie", random.Next(3) > 0)
            .Set("laboratoire_interne", random.Next(4) > 0)
            .Set("imagerie_interne", random.Next(4) > 0)
            .Set("bonus_historique", Euros(random, 2_000, 20_000));
        foreach (var forfait in new[] { "forfait_d1", "forfait_d2", "forfait_d3", "forfait_d4" })
        {
            builder.Set(forfait, Euros(random, 20_000, 400_000));
        }

        foreach (var indicator in new[] { "DS1.1", "DS1.2", "DS1.3", "DS1.4", "DS2.1", "DS3.1", "DS4.1", "DS4.2" })
        {
            var denominator = random.Next(500, 20_000);
            builder.MeasureRatio(indicator, denominator * random.Next(40, 70) / 100, denominator);
        }

        return builder.MeasureYesNo("DS4.3", random.Next(5) > 0).Build();
    }

    private static decimal Euros(Random random, int min, int max) => random.Next(min, max) + random.Next(100) / 100m;
}
