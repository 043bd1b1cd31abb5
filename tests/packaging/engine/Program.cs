// The small engine of the consumer test: a project that references only the SunEs.Runtime and
// SunEs.Build packages. SunEs.Build compiled its instructions/ into rules/ of the output; this
// program loads them, judges one candidacy and prints the decision with its provenance.
using System.Globalization;
using SunEs.Runtime;
using SunEs.Runtime.Loading;

var asOf = new DateOnly(2023, 4, 1);
using var loaded = LoadedProgrammeRules.FromBuildDirectory(Path.Combine(AppContext.BaseDirectory, "rules"));
var rules = loaded.Rules;
var decision = rules.Evaluate(TheCandidacy(rules.Schema), asOf);

var french = CultureInfo.GetCultureInfo("fr-FR");
Console.WriteLine($"Programme {rules.Programme.Id}, règles en vigueur au {asOf:yyyy-MM-dd}");
Console.WriteLine($"{decision.Establishment} en {decision.WindowId} : {(decision.IsAdmissible ? "recevable" : "irrecevable")}, total {decision.Total.ToString("#,0.00", french)} €");
Console.WriteLine(decision.Explanation.French);
foreach (var domain in decision.Domains)
{
    foreach (var indicator in domain.Indicators.Where(indicator => indicator.Threshold is not null))
    {
        var threshold = indicator.Threshold!;
        Console.WriteLine($"  {domain.DomainId} {indicator.IndicatorId} : cible {threshold.Describe(false)}, {(indicator.IsMet ? "atteinte" : "manquée")}"
            + $" — {threshold.Provenance.InstructionNumber} ({threshold.Provenance.SourcePath}:{threshold.Provenance.Line})");
    }
}

// The one candidacy this engine judges. Its facts go through the schema the rules publish, so a
// fact the texts add or rename is reported by name when the candidacy is built.
static Candidacy TheCandidacy(CandidacySchema schema) =>
    schema.NewCandidacy("990000002", "F2")
        .RequestDomains("D1")
        .AllPrerequisitesMet()
        .InTerritory("France métropolitaine")
        .FiledOn(new DateOnly(2022, 4, 1))
        .ResultsTransmittedOn(new DateOnly(2023, 3, 31))
        .Set("prérequis_saisis_osis", true)
        .Set("engagement_cibles_osis", true)
        .Set("forfait_d1", 150_000m)
        .Set("activité_chirurgie", true)
        .Set("laboratoire_interne", false)
        .Set("imagerie_interne", false)
        .MeasureRate("DS1.1", 56m)
        .MeasureRate("DS1.2", 50m)
        .MeasureRate("DS1.3", 60m)
        .Build();
