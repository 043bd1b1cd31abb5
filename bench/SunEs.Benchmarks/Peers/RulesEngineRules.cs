using System.Globalization;
using RulesEngine.Models;
using SunEs.Benchmarks.HandWritten;
using SunEs.Runtime;
using static SunEs.Benchmarks.HandWritten.Rules2023;

namespace SunEs.Benchmarks.Peers;

/// <summary>
/// The 2023/28 rules written for Microsoft RulesEngine, the way its users write them: one workflow
/// per window whose rules are lambda expressions over the candidacy (the targets, periods and
/// degressivity of that window written in as numbers, taken from <see cref="Rules2023"/>), the
/// amounts computed by the engine's OutputExpression actions; a few lines of C# combine the rule
/// results into a decision, as an application around the engine does. Decides like the generated
/// rules (checked on every candidacy before timing) for candidacies that ask no postponement.
/// </summary>
public sealed class RulesEngineRules
{
    private static readonly string[] WindowIds = ["F1", "F2", "F3", "F4"];

    private readonly RulesEngine.RulesEngine _engine = new([.. Enumerable.Range(0, WindowIds.Length).Select(Workflow)],
        new ReSettings { CustomTypes = [typeof(Math)] });

    public PlainDecision Evaluate(RulesEngineInput input)
    {
        var results = _engine.ExecuteAllRulesAsync(WindowIds[input.Window], input).GetAwaiter().GetResult();
        bool Success(string rule) => results.First(result => result.Rule.RuleName == rule).IsSuccess;
        decimal Amount(string rule) => Convert.ToDecimal(results.First(result => result.Rule.RuleName == rule).ActionResult.Output, CultureInfo.InvariantCulture);

        var wide = Success("territory") & Success("filing") & Success("osis");
        var asksVolet1 = input.AsksD1 || input.AsksD2 || input.AsksD3;
        var volet1 = asksVolet1 && Success("volet 1 prerequisites") & wide;
        var volet2 = input.AsksD4 && Success("volet 2 window and prerequisites") & wide;
        var requested = (asksVolet1 ? 1 : 0) + (input.AsksD4 ? 1 : 0);
        var admissible = (volet1 ? 1 : 0) + (volet2 ? 1 : 0);
        var admissibility = admissible == requested && requested > 0 ? Admissibility.Admissible : admissible > 0 ? Admissibility.PartlyAdmissible : Admissibility.Inadmissible;
        var late = admissible > 0 && !Success("results by milestone");

        PlainDomain Domain(bool asked, bool volet, string name, bool eligible = true)
        {
            if (!asked)
            {
                return default;
            }

            var status = !volet ? DomainStatus.Inadmissible : late ? DomainStatus.Late : !eligible ? DomainStatus.Ineligible
                : Success($"{name} targets") ? DomainStatus.Funded : DomainStatus.TargetsMissed;
            return new(true, status, status == DomainStatus.Funded ? Math.Round(Amount($"{name} amount"), 2, MidpointRounding.AwayFromZero) : 0m);
        }

        var (d1, d2, d3, d4) = (Domain(input.AsksD1, volet1, "D1"), Domain(input.AsksD2, volet1, "D2", input.Laboratory),
            Domain(input.AsksD3, volet1, "D3", input.Imaging), Domain(input.AsksD4, volet2, "D4"));
        return new PlainDecision(admissibility, d1.Amount + d2.Amount + d3.Amount + d4.Amount, d1, d2, d3, d4);
    }

    private static Workflow Workflow(int window)
    {
        var candidacy = Info.Windows[window];
        var volet1Degressivity = Number(V1Degressivity[window]!.Points);
        var rules = new List<Rule>
        {
            Condition("territory", string.Join(" AND ", Territory.Territories.Select(name => $"input1.Territory != \"{name}\""))),
            Condition("filing", $"input1.FiledOn >= {Date(candidacy.CandidacyStart!.Value)} AND input1.FiledOn <= {Date(candidacy.CandidacyEnd!.Value)}"),
            Condition("osis", "input1.OsisPrerequisites AND input1.OsisCommitment"),
            Condition("volet 1 prerequisites", window == 0 ? "input1.PS11 AND input1.PS12 AND input1.PS31 AND input1.PS32"
                : "input1.PS11 AND input1.PS12 AND input1.PS21 AND input1.PS22 AND input1.PS31 AND input1.PS32"),
            Condition("volet 2 window and prerequisites", window == 0 ? "false"
                : "input1.PS11 AND input1.PS12 AND input1.PS21 AND input1.PS22 AND input1.PS31 AND input1.PS32 AND input1.PS41"),
            Condition("results by milestone", $"input1.ResultsOn <= {Date(candidacy.Milestone!.Value)}"),
            Condition("D1 targets", $"{Reaches("DS11", DS1_1Targets[window])} AND {Reaches("DS12", DS1_2Targets[window])}"),
            Output("D1 amount", $"input1.ForfaitD1 * {volet1Degressivity} / 100"
                + $" + iif(input1.Surgery AND {Reaches("DS13", DS1_3Targets[window])}, input1.ForfaitD1 * {volet1Degressivity} / 100 * 10 / 100, 0)"
                + (DS1_4Targets[window] is null ? string.Empty : $" + iif({Reaches("DS14", DS1_4Targets[window])}, input1.HistoricBonus, 0)")),
            Condition("D2 targets", Reaches("DS21", DS2_1Targets[window])),
            Output("D2 amount", $"input1.ForfaitD2 * {volet1Degressivity} / 100"),
            Condition("D3 targets", Reaches("DS31", DS3_1Targets[window])),
            Output("D3 amount", $"input1.ForfaitD3 * {volet1Degressivity} / 100"),
        };
        if (V2Degressivity[window] is { } volet2)
        {
            rules.Add(Condition("D4 targets", $"{Reaches("DS41", DS4_1Targets[window])} AND {Reaches("DS42", DS4_2Targets[window])} AND input1.DS43"));
            rules.Add(Output("D4 amount", $"input1.ForfaitD4 * {Number(volet2.Points)} / 100"));
        }

        return new Workflow { WorkflowName = WindowIds[window], Rules = rules };
    }

    /// <summary>A rate against its target, exactly: n × 100 ≥ target × d ("true" when the window sets no target).</summary>
    private static string Reaches(string indicator, Threshold? target) =>
        target is null ? "true" : $"input1.{indicator}N * 100 >= {Number(target.Points)} * input1.{indicator}D";

    private static Rule Condition(string name, string expression) =>
        new() { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };

    private static Rule Output(string name, string expression) => new()
    {
        RuleName = name,
        Expression = "true",
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Actions = new RuleActions { OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = expression } } },
    };

    private static string Date(DateOnly date) => $"DateTime({date.Year}, {date.Month}, {date.Day})";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
