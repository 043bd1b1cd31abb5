using System.Globalization;
using SunEs.Runtime;
using SunEs.Runtime.Loading;

namespace SunEs.SampleEngine;

/// <summary>
/// <c>SunEs.SampleEngine BUILD-DIR [hospitals.csv] [AAAA-MM-JJ]</c>: loads the rules of a build
/// directory (the DLL is refused if its SHA-256 differs from the manifest's), evaluates each
/// hospital of the file and prints the decision, its explanation, and for every threshold and
/// rate used the instruction and line it comes from.
/// </summary>
public static class Engine
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length is < 1 or > 3)
        {
            error.WriteLine("usage : SunEs.SampleEngine DOSSIER-DE-BUILD [hopitaux.csv] [AAAA-MM-JJ]");
            return 2;
        }

        var hospitals = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "hospitals.csv");
        var asOf = DateOnly.FromDateTime(DateTime.Today);
        if (args.Length > 2 && !DateOnly.TryParseExact(args[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            error.WriteLine($"date « {args[2]} » invalide : écrivez-la AAAA-MM-JJ.");
            return 2;
        }

        if (!File.Exists(hospitals))
        {
            error.WriteLine($"fichier introuvable « {hospitals} ».");
            return 2;
        }

        LoadedProgrammeRules loaded;
        try
        {
            loaded = LoadedProgrammeRules.FromBuildDirectory(args[0]);
        }
        catch (BuildDirectoryException exception)
        {
            error.WriteLine(exception.Text.French);
            return 2;
        }

        using var unload = loaded;
        var rules = loaded.Rules;
        output.WriteLine($"Programme {rules.Programme.Id} — règles en vigueur au {asOf:yyyy-MM-dd}");
        var failures = 0;
        foreach (var (line, candidacy, problem) in HospitalFile.Read(hospitals, rules.Schema))
        {
            output.WriteLine();
            if (candidacy is null)
            {
                output.WriteLine($"ligne {line} : refusée — {problem}");
                failures++;
                continue;
            }

            try
            {
                Print(rules.Evaluate(candidacy, asOf), output);
            }
            catch (EvaluationException exception)
            {
                output.WriteLine($"ligne {line} : refusée — {exception.FrenchMessage}");
                failures++;
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static void Print(Decision decision, TextWriter output)
    {
        var admissibility = decision.Admissibility switch
        {
            Admissibility.Admissible => "recevable",
            Admissibility.PartlyAdmissible => "partiellement recevable",
            _ => "irrecevable",
        };
        output.WriteLine($"{decision.Establishment} en {decision.WindowId} : {admissibility}, total {Euros(decision.Total)}");
        output.WriteLine($"  {decision.Explanation.French}");
        foreach (var issue in decision.AdmissibilityIssues)
        {
            output.WriteLine($"  {issue.SubjectId} ({issue.VoletId ?? "tous les volets"}) — règle : {Source(issue.Rule)}");
        }

        if (decision.Schedule is { IsPostponed: true } schedule)
        {
            output.WriteLine($"  report vers {schedule.MeasuredBy.Id}, jalon {schedule.Milestone:yyyy-MM-dd} — {Source(schedule.Postponement)}");
        }

        if (decision.Timeliness is { } timeliness)
        {
            output.WriteLine($"  calendrier : {timeliness.Kind} — règle : {Source(timeliness.Rule)}, date : {Source(timeliness.DateRule)}");
        }

        foreach (var domain in decision.Domains)
        {
            output.WriteLine($"  {domain.DomainId} : {Status(domain.Status)}{(domain.IsFunded ? " " + Euros(domain.FundedAmount) : string.Empty)}");
            foreach (var indicator in domain.Indicators.Where(indicator => indicator.Threshold is not null && indicator.Measured is not null))
            {
                var threshold = indicator.Threshold!;
                output.WriteLine($"    {indicator.IndicatorId} mesuré {indicator.Measured}, cible {threshold.Describe(false)} : {(indicator.IsMet ? "atteinte" : "manquée")} — {Source(threshold.Provenance)}");
            }

            if (domain.Amount is { } amount)
            {
                output.WriteLine($"    dégressivité {amount.Degressivity.Points.ToString("0.##", French)} % en {amount.Degressivity.WindowId} — {Source(amount.Degressivity.Provenance)}");
                foreach (var bonus in amount.Bonuses)
                {
                    output.WriteLine($"    bonus {bonus.IndicatorId} {Euros(bonus.Amount)} — {Source(bonus.Rule)}");
                }
            }
        }
    }

    private static string Status(DomainStatus status) => status switch
    {
        DomainStatus.Funded => "financé",
        DomainStatus.TargetsMissed => "non financé (cible manquée)",
        DomainStatus.Ineligible => "inéligible",
        DomainStatus.Late => "non financé (résultats après le jalon)",
        DomainStatus.MeasuredOutsidePeriod => "non financé (mesures hors période)",
        _ => "irrecevable (volet irrecevable)",
    };

    private static string Source(Provenance? provenance) =>
        provenance is null ? "(règle par défaut)"
            : $"{provenance.InstructionNumber} ({provenance.SourcePath}:{provenance.Line})" + (provenance.Assumption is { } assumption ? $" [{assumption.Describe(false)}]" : string.Empty);

    private static string Euros(decimal amount) => amount.ToString("#,0.00", French) + " €";
}
