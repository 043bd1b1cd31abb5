using SunEs.Diagnostics;
using SunEs.Documents.Diff;
using SunEs.Documents.Tests.Support;

namespace SunEs.Documents.Tests;

/// <summary>
/// The diff on the corpus' real amendment, DGOS/PF5/DNS/2023/28 (applicable 2023-03-21): every
/// change it made and nothing else. The expected values are those of the published table and of
/// its §2 (new jalons of windows 2 and 3), against the 2022 tables it replaced.
/// </summary>
public sealed class AmendmentDiffTests
{
    private const string Amendment = "DGOS/PF5/DNS/2023/28";

    /// <summary>Key, value before, value after (null: absent on that side).</summary>
    private static readonly (string Key, string? Before, string? After)[] Expected =
    [
        ("target/V1/DS1.1/F2", "59 %", "55 %"),
        ("target/V1/DS1.1/F3", "64 %", "55 %"),
        ("target/V1/DS1.1/F4", "69 %", "55 %"),
        ("target/V1/DS1.2/F3", "59 %", "50 %"),
        ("target/V1/DS1.2/F4", "63 %", "50 %"),
        ("target/V1/DS1.3/F2", "59 %", "55 %"),
        ("target/V1/DS1.3/F3", "64 %", "55 %"),
        ("target/V1/DS1.3/F4", "69 %", "55 %"),
        ("indicator/DS1.4/label", null, "Parmi les patients déjà venus, taux de séjours pour lesquels au moins un document datant d’un ancien séjour a fait l’objet d’une alimentation au DMP, avec une INS qualifiée."),
        ("indicator/DS1.4/definition", null, "taux = séjours_document_historique / séjours_patients_déjà_venus"),
        ("indicator/DS1.4/bonus", null, "bonus bonus_historique"),
        ("target/V1/DS1.4/F2", null, "50 %"),
        ("target/V1/DS1.4/F3", null, "50 %"),
        ("target/V1/DS1.4/F4", null, "50 %"),
        ("indicator/DS2.1/label", "Alimentation du DMP en CR de biologie CDA R2 N3 et INS qualifiée",
            "Taux de CR de biologie médicale structurés au format CDA-R2 niveau 1 ou CDA-R2 niveau 3 transmis au DMP, avec une INS qualifiée."),
        ("target/V1/DS2.1/F2", "54 %", "50 %"),
        ("target/V1/DS2.1/F3", "59 %", "50 %"),
        ("target/V1/DS2.1/F4", "63 %", "50 %"),
        ("target/V1/DS3.1/F2", "54 %", "45 %"),
        ("target/V1/DS3.1/F3", "59 %", "45 %"),
        ("target/V1/DS3.1/F4", "63 %", "45 %"),
        ("target/V2/DS4.1/F3", "49 %", "50 %"),
        ("target/V2/DS4.1/F4", "56 %", "50 %"),
        ("target/V2/DS4.2/F3", "49 %", "50 %"),
        ("target/V2/DS4.2/F4", "56 %", "50 %"),
        ("indicator/DS4.3/label", "Présentation des cas d’usage de la MSS professionnelle et citoyenne en Commission Médicale d'Etablissement (CME) ou instance équivalente",
            "Présentation par l’établissement des fonctionnalités de la messagerie sécurisée de santé citoyenne en CME (ou instance équivalente dans les GHT et les établissements privés) ainsi que les cas d’usage pressentis."),
        ("window/F2/measurement", "S2 2022 : du 1er juillet 2022 au 31 décembre 2022", "S2 2022 : du 1er juillet 2022 au 31 mars 2023"),
        ("window/F2/milestone", "31 décembre 2022", "31 mars 2023"),
        ("window/F3/measurement", "S1 2023 : du 1er janvier 2023 au 30 juin 2023", "S1 2023 : du 1er janvier 2023 au 31 juillet 2023"),
        ("window/F3/milestone", "30 juin 2023", "31 juillet 2023"),
        ("data/séjours_patients_déjà_venus", null, "Nombre de séjours de patients déjà venus dans l'établissement"),
        ("data/séjours_document_historique", null, "Parmi les patients déjà venus, nombre de séjours pour lesquels au moins un document datant d'un ancien séjour a fait l'objet d'une alimentation au DMP, avec une INS qualifiée"),
        ("data/bonus_historique", null, "Montant du bonus « documents historiques » (DS1.4) pour l'établissement"),
        ("programme/SUNES/overseas", null, "France métropolitaine et outre-mer, sauf Polynésie française, Nouvelle-Calédonie, Wallis-et-Futuna"),
    ];

    private static RulesDiff AmendmentDiff() =>
        RulesDocuments.Diff(Corpus.Compilation, Corpus.BeforeAmendment, Corpus.AfterAmendment, MessageLanguage.French);

    [Fact]
    public void Lists_every_change_of_2023_28_and_nothing_else()
    {
        var diff = AmendmentDiff();
        Assert.Equal(Expected.Select(e => e.Key).Order(StringComparer.Ordinal), diff.Changes.Select(c => c.Key).Order(StringComparer.Ordinal));
        foreach (var (key, before, after) in Expected)
        {
            var change = diff.Changes.Single(c => c.Key == key);
            Assert.Equal((before, after), (change.Before, change.After));
            Assert.Equal(before is null ? RuleChangeKind.Added : RuleChangeKind.Changed, change.Kind);
        }
    }

    [Fact]
    public void Every_change_comes_from_2023_28_and_the_old_values_from_the_texts_it_amends()
    {
        var diff = AmendmentDiff();
        Assert.Equal([Amendment], diff.Entered.Select(instruction => instruction.Number));
        Assert.Empty(diff.Left);
        Assert.All(diff.Changes, change => Assert.Equal(Amendment, change.AfterSource!.Instruction.Number));
        Assert.All(diff.Changes.Where(change => change.BeforeSource is not null),
            change => Assert.Contains(change.BeforeSource!.Instruction.Number, new[] { "DGOS/PF5/DNS/CTO/2021/167", "DGOS/PF5/DNS/2022/40" }));
    }

    [Fact]
    public void The_column_2023_28_restates_unchanged_is_not_a_change()
    {
        var diff = AmendmentDiff();
        Assert.DoesNotContain(diff.Changes, change => change.Key.EndsWith("/F1", StringComparison.Ordinal));
        Assert.DoesNotContain(diff.Changes, change => change.Key is "target/V1/DS1.2/F2" or "target/V2/DS4.1/F2" or "target/V2/DS4.3/F2");
    }

    [Fact]
    public void Table_line_reads_like_the_published_change()
    {
        var change = AmendmentDiff().Changes.Single(c => c.Key == "target/V1/DS1.1/F2");
        Assert.Equal("DS1.1, F2 : 59 % → 55 % (DGOS/PF5/DNS/2023/28)", $"{change.Rule} : {change.Before} → {change.After} ({change.Source.Instruction.Number})");
        Assert.Equal(90, change.AfterSource!.Line);
        Assert.Equal(193, change.BeforeSource!.Line);
    }

    [Fact]
    public void Between_the_texts_2022_84_and_2023_28_the_changes_are_the_same()
    {
        var byText = RulesDocuments.Diff(Corpus.Compilation, new DateOnly(2022, 3, 29), new DateOnly(2023, 3, 21), MessageLanguage.French);
        Assert.Equal(AmendmentDiff().Changes.Select(c => c.Key), byText.Changes.Select(c => c.Key));
    }

    [Fact]
    public void The_same_date_on_both_sides_changes_nothing()
    {
        var diff = RulesDocuments.Diff(Corpus.Compilation, Corpus.AfterAmendment, Corpus.AfterAmendment, MessageLanguage.French);
        Assert.Empty(diff.Changes);
        Assert.Contains("Aucune règle n'a changé.", RulesDocuments.DiffTable(diff, MessageLanguage.French), StringComparison.Ordinal);
    }

    [Fact]
    public void Going_back_in_time_turns_additions_into_removals()
    {
        var diff = RulesDocuments.Diff(Corpus.Compilation, Corpus.AfterAmendment, Corpus.BeforeAmendment, MessageLanguage.French);
        Assert.Equal(Expected.Count(e => e.Before is null), diff.Changes.Count(c => c.Kind == RuleChangeKind.Removed));
        Assert.Equal([Amendment], diff.Left.Select(instruction => instruction.Number));
    }

    [Fact]
    public void The_second_volet_announced_in_2021_is_defined_by_2022_40_as_an_assumption()
    {
        var diff = RulesDocuments.Diff(Corpus.Compilation, new DateOnly(2022, 1, 1), new DateOnly(2022, 2, 9), MessageLanguage.French);
        Assert.Equal(["DGOS/PF5/DNS/2022/40"], diff.Entered.Select(instruction => instruction.Number));
        var renamed = Assert.Single(diff.Changes, change => change.Kind != RuleChangeKind.Added);
        Assert.Equal(("volet/V2/label", "Alimentation de la messagerie pro et citoyenne", "Usage de la MSS citoyenne et professionnelle"),
            (renamed.Key, renamed.Before, renamed.After));
        Assert.All(diff.Changes.Where(change => change.Key.StartsWith("volet/V2", StringComparison.Ordinal) || change.Key.StartsWith("target/V2", StringComparison.Ordinal)),
            change => Assert.StartsWith("supposé : ", change.Assumption, StringComparison.Ordinal));
        Assert.Contains(diff.Changes, change => change.Key == "target/V2/DS4.3/F2" && change.After == "oui");
        Assert.Contains(diff.Changes, change => change.Key == "prerequisite/PS4.1/volets" && change.After == "V2");
    }
}
