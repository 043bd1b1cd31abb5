using System.Globalization;
using SunEs.Syntax;
using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Semantics.Tests;

/// <summary>
/// The real corpus (instructions/*.sunes) consolidated as of given dates: 2021/167 founds the programme,
/// 2022/40 adds volet 2 (applicable 2022-02-09), 2022/84 declares nothing, 2023/28 (applicable immediately,
/// signed 2023-03-21) moves the F2 and F3 milestones, lowers the targets and adds DS1.4.
/// </summary>
public sealed class RulesInForceTests
{
    private const string Founding = "DGOS/PF5/DNS/CTO/2021/167";
    private const string Volet2 = "DGOS/PF5/DNS/2022/40";
    private const string Update2023 = "DGOS/PF5/DNS/2023/28";

    private static readonly Lazy<Compilation> LazyCorpus = new(() => Compilation.Parse(
        Directory.GetFiles(RepositoryPaths.Instructions, "*.sunes")
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceText("instructions/" + Path.GetFileName(path), File.ReadAllText(path)))));

    private static Compilation Corpus => LazyCorpus.Value;

    /// <summary>Every date where something changes, and the days around them.</summary>
    public static TheoryData<string> Dates => new(
        "2021-07-26", "2021-12-01", "2022-02-09", "2022-03-01", "2022-03-29", "2023-01-15", "2023-03-20", "2023-03-21", "2023-04-01", "2024-01-01");

    [Fact]
    public void The_corpus_has_four_instructions()
    {
        Assert.Equal([Founding, Volet2, "DGOS/PF5/DNS/2022/84", Update2023], Corpus.Instructions.Select(instruction => instruction.Number));
    }

    [Fact]
    public void The_corpus_has_no_error_and_no_warning()
    {
        var problems = Corpus.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Information).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void As_of_2023_01_15_the_DS1_1_target_in_F2_is_59_percent_from_2021_167()
    {
        var target = Target("2023-01-15", "V1", "DS1.1", "F2");
        Assert.Equal(new TargetValue(TargetKind.Rate, 59), target.Value);
        Assert.Equal(Founding, target.Instruction.Number);
        Assert.Null(target.Replaced);
    }

    [Fact]
    public void As_of_2023_04_01_the_DS1_1_target_in_F2_is_55_percent_from_2023_28_replacing_59_percent_from_2021_167()
    {
        var target = Target("2023-04-01", "V1", "DS1.1", "F2");
        Assert.Equal(new TargetValue(TargetKind.Rate, 55), target.Value);
        Assert.Equal(Update2023, target.Instruction.Number);
        Assert.NotNull(target.Replaced);
        Assert.Equal(new TargetValue(TargetKind.Rate, 59), target.Replaced.Value);
        Assert.Equal(Founding, target.Replaced.Instruction.Number);
        Assert.Null(target.Replaced.Replaced);
    }

    [Fact]
    public void The_2023_28_targets_apply_from_its_signature_day()
    {
        Assert.Equal(59, Target("2023-03-20", "V1", "DS1.1", "F2").Value.Points);
        Assert.Equal(55, Target("2023-03-21", "V1", "DS1.1", "F2").Value.Points);
        Assert.DoesNotContain(Rules("2023-03-20").Instructions, instruction => instruction.Number == Update2023);
        Assert.Contains(Rules("2023-03-21").Instructions, instruction => instruction.Number == Update2023);
    }

    [Fact]
    public void The_F2_measurement_ends_on_2022_12_31_then_on_2023_03_31()
    {
        var before = Window("2023-03-20", "F2");
        var after = Window("2023-03-21", "F2");
        Assert.Equal(new DateOnly(2022, 12, 31), before.Measurement!.Value.Period.End.Date);
        Assert.Equal(Founding, before.Measurement.Instruction.Number);
        Assert.Equal(new DateOnly(2023, 3, 31), after.Measurement!.Value.Period.End.Date);
        Assert.Equal(Update2023, after.Measurement.Instruction.Number);
        Assert.Equal(new DateOnly(2022, 12, 31), after.Measurement.Replaced!.Value.Period.End.Date);
        Assert.Equal(new DateOnly(2022, 7, 1), after.Measurement.Value.Period.Start.Date);
        Assert.Equal(new DateOnly(2023, 3, 31), after.Milestone!.Value.Date);
    }

    [Fact]
    public void Volet_V2_is_announced_with_its_envelope_in_2021_and_defined_as_of_2022_03_01()
    {
        var v2 = Entity("V2");
        var announced = Rules("2021-09-01").FindVolet(v2);
        Assert.NotNull(announced);
        Assert.Equal((Founding, 52_000_000m), (announced.Envelope!.Instruction.Number, announced.Envelope.Value.Euros));
        Assert.Empty(announced.WindowList);
        Assert.Empty(announced.Domains);

        var volet = Rules("2022-03-01").FindVolet(v2);
        Assert.NotNull(volet);
        Assert.Equal(Founding, volet.Symbol.DeclaringInstruction.Number);
        Assert.Equal(Volet2, volet.Windows!.Instruction.Number);
        Assert.Equal(["F2", "F3", "F4"], volet.WindowList.Select(window => window.Id));
        Assert.Equal(new TargetValue(TargetKind.Yes, 0), volet.TargetFor(Entity("DS4.3"), Entity("F2"))!.Value);
        Assert.Equal(AssumptionKind.Assumed, volet.Windows.Assumption!.Kind);
        Assert.Contains("seed 004", volet.Windows.Assumption.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DS1_4_exists_only_from_2023_03_21()
    {
        var ds14 = Entity("DS1.4");
        Assert.Null(Rules("2023-03-20").FindIndicator(ds14));
        var indicator = Rules("2023-03-21").FindIndicator(ds14);
        Assert.NotNull(indicator);
        Assert.True(indicator.IsBonus);
        Assert.Equal(new TargetValue(TargetKind.None, 0), Target("2023-03-21", "V1", "DS1.4", "F1").Value);
        Assert.Equal(new TargetValue(TargetKind.Rate, 50), Target("2023-03-21", "V1", "DS1.4", "F2").Value);
    }

    [Fact]
    public void The_V1_degressivity_in_F3_is_85_percent_from_2021_167()
    {
        var rate = Rules("2023-04-01").FindVolet(Entity("V1"))!.Degressivity[Entity("F3")];
        Assert.Equal(85m, rate.Value);
        Assert.Equal(Founding, rate.Instruction.Number);
        Assert.Contains("F3 85 %", rate.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_55_percent_target_points_at_its_cell_in_2023_28()
    {
        var target = Target("2023-04-01", "V1", "DS1.1", "F2");
        Assert.Equal("instructions/2023-28.sunes", target.Location.Source.Path);
        Assert.Equal("55 %", target.SourceText);
        Assert.Equal("59 %", target.Replaced!.SourceText);
        Assert.Equal("instructions/2021-167.sunes", target.Replaced.Location.Source.Path);
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Every_sourced_value_points_at_text_of_its_instruction_that_shows_it(string date)
    {
        var rules = Rules(date);
        foreach (var volet in rules.Volets)
        {
            foreach (var ((indicator, window), target) in volet.Targets)
            {
                ForEachVersion(target, version => Assert.True(version.SourceText == version.Value.ToString(),
                    $"{indicator.Id}/{window.Id}: '{version.SourceText}' does not show {version.Value}"));
            }

            foreach (var (window, rate) in volet.Degressivity)
            {
                ForEachVersion(rate, version => Assert.Contains($"{window.Id} {version.Value.ToString(CultureInfo.InvariantCulture)} %", version.SourceText, StringComparison.Ordinal));
            }
        }

        foreach (var label in Labels(rules))
        {
            ForEachVersion(label, version => Assert.Contains(version.Value.Split(' ')[0], version.SourceText, StringComparison.Ordinal));
        }

        foreach (var window in rules.Windows)
        {
            ForEachVersion(window.Measurement, version => Assert.StartsWith("mesure", version.SourceText, StringComparison.Ordinal));
            ForEachVersion(window.Milestone, version => Assert.StartsWith("jalon", version.SourceText, StringComparison.Ordinal));
            ForEachVersion(window.Candidacy, version => Assert.StartsWith("candidature", version.SourceText, StringComparison.Ordinal));
        }

        foreach (var domain in rules.Domains)
        {
            ForEachVersion(domain.Forfait, version => Assert.StartsWith("forfait =", version.SourceText, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Only_instructions_applicable_on_the_date_are_in_force(string date)
    {
        var rules = Rules(date);
        Assert.All(rules.Instructions, instruction => Assert.True(instruction.AppliesFrom <= rules.AsOf, instruction.Number));
        Assert.Equal(Corpus.Instructions.Count(instruction => instruction.AppliesFrom <= rules.AsOf), rules.Instructions.Count);
    }

    [Fact]
    public void Nothing_is_in_force_before_the_founding_text()
    {
        var rules = Rules("2021-07-25");
        Assert.Empty(rules.Instructions);
        Assert.Empty(rules.Programmes);
        Assert.Empty(rules.Windows);
    }

    private static RulesInForce Rules(string date) => Corpus.GetRulesInForce(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static EntitySymbol Entity(string id) => Corpus.FindEntity(id) ?? throw new InvalidOperationException($"No entity {id} in the corpus.");

    private static WindowInForce Window(string date, string id) =>
        Rules(date).FindWindow(Entity(id)) ?? throw new InvalidOperationException($"{id} is not in force on {date}.");

    private static Sourced<TargetValue> Target(string date, string volet, string indicator, string window) =>
        (Rules(date).FindVolet(Entity(volet)) ?? throw new InvalidOperationException($"{volet} is not in force on {date}."))
            .TargetFor(Entity(indicator), Entity(window)) ?? throw new InvalidOperationException($"No target for {indicator} in {window} on {date}.");

    private static IEnumerable<Sourced<string>> Labels(RulesInForce rules) =>
        rules.Programmes.Select(p => p.Label)
            .Concat(rules.Volets.Select(v => v.Label))
            .Concat(rules.Domains.Select(d => d.Label))
            .Concat(rules.Indicators.Select(i => i.Label))
            .Concat(rules.Windows.Select(w => w.Label))
            .Concat(rules.Prerequisites.Select(p => p.Label))
            .OfType<Sourced<string>>();

    /// <summary>Runs the check on a value and on every value it replaced, after checking each comes from its instruction's own text.</summary>
    private static void ForEachVersion<T>(Sourced<T>? value, Action<Sourced<T>> check)
    {
        for (var version = value; version is not null; version = version.Replaced)
        {
            Assert.Same(version.Instruction.Tree.Text, version.Location.Source);
            Assert.True(version.Location.Span.Length > 0 && version.Location.Span.End <= version.Location.Source.Length);
            check(version);
        }
    }
}
