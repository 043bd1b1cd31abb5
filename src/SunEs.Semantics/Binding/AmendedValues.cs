using SunEs.Diagnostics;

namespace SunEs.Semantics.Binding;

/// <summary>
/// A text changes only what the texts it amends wrote. An amendment may open an entity when it
/// amends any text that wrote about it (checked by <see cref="DeclarationBinder"/>: SUN0205); each
/// value it then gives — the windows of V1, the bonus of DS1.3, a cell of a grid — that an earlier
/// text already gave must come from one of the texts in its « modifie » (SUN0222). So the windows
/// of V1, which only 2021/167 wrote, need 2021/167 in « modifie » just as the bonus of DS1.3 does,
/// even though 2023/28 also amended V1.
/// </summary>
internal static class AmendedValues
{
    public static void Check(IReadOnlyList<BoundProperty> properties, SemanticDiagnostics diagnostics)
    {
        // Only a value written by another text than its owner's declaring one can be outside: most texts have none.
        var amended = properties.Where(property => property.Instruction != property.Key.Owner.DeclaringInstruction).Select(property => property.Key).ToHashSet();
        if (amended.Count == 0)
        {
            return;
        }

        var outside = new List<(BoundProperty Value, InstructionSymbol Source)>();
        foreach (var values in properties.Where(property => amended.Contains(property.Key)).GroupBy(property => property.Key))
        {
            var ordered = values.OrderBy(value => value.Instruction.Order).ToList();
            // The declaring text writes its own values, whatever the order of the texts (SUN0105, SUN0106 report that).
            foreach (var value in ordered.Where(value => value.Instruction != value.Key.Owner.DeclaringInstruction))
            {
                var earlier = ordered.Where(other => other.Instruction.Order < value.Instruction.Order).ToList();
                if (earlier.Count > 0 && !earlier.Any(other => value.Instruction.Amends.Contains(other.Instruction)))
                {
                    outside.Add((value, earlier[^1].Instruction));
                }
            }
        }

        // One item may give several values (« dégressivité F1 100 %, F2 90 % »): one diagnostic for the item.
        foreach (var item in outside.GroupBy(entry => (entry.Value.Location.Source, entry.Value.Location.Span)))
        {
            var (value, source) = item.First();
            diagnostics.Report(DiagnosticCatalog.AmendedValueOutsideAmendedTexts, value.Location, Describe(value.Key, item.Count() == 1), source.Number);
        }
    }

    private static LocalizedText Describe(PropertyKey key, bool single)
    {
        var owner = key.Owner.Id;
        var first = single ? key.First?.Id : null;
        return key.Name switch
        {
            PropertyName.Label => new($"Le libellé de « {owner} »", $"The label of '{owner}'"),
            PropertyName.Envelope => new($"L'enveloppe de « {owner} »", $"The envelope of '{owner}'"),
            PropertyName.RegionalEnvelope => new($"L'enveloppe régionale « {key.Text} » de « {owner} »", $"The regional envelope '{key.Text}' of '{owner}'"),
            PropertyName.Rounding => new($"L'arrondi de « {owner} »", $"The rounding of '{owner}'"),
            PropertyName.Windows => new($"Les fenêtres de « {owner} »", $"The windows of '{owner}'"),
            PropertyName.Degressivity when first is null => new($"La dégressivité de « {owner} »", $"The degressivity of '{owner}'"),
            PropertyName.Degressivity => new($"La dégressivité de « {owner} » en {first}", $"The degressivity of '{owner}' in {first}"),
            PropertyName.Forfait => new($"Le forfait de « {owner} »", $"The flat amount of '{owner}'"),
            PropertyName.Eligibility => new($"L'éligibilité à « {owner} »", $"The eligibility for '{owner}'"),
            PropertyName.Definition => new($"La mesure de « {owner} »", $"The measure of '{owner}'"),
            PropertyName.Bonus => new($"Le bonus de « {owner} »", $"The bonus of '{owner}'"),
            PropertyName.Applicability => new($"L'applicabilité de « {owner} »", $"The applicability of '{owner}'"),
            PropertyName.Candidacy => new($"La période de candidature de « {owner} »", $"The candidacy period of '{owner}'"),
            PropertyName.Selection => new($"La sélection de « {owner} »", $"The selection of '{owner}'"),
            PropertyName.Measurement => new($"La période de mesure de « {owner} »", $"The measurement period of '{owner}'"),
            PropertyName.Milestone => new($"Le jalon de « {owner} »", $"The milestone of '{owner}'"),
            PropertyName.Postponement => new($"Le report de « {owner} »", $"The postponement of '{owner}'"),
            PropertyName.Group => new($"Le groupe de « {owner} »", $"The group of '{owner}'"),
            PropertyName.Volets => new($"Les volets de « {owner} »", $"The volets of '{owner}'"),
            PropertyName.Tolerance => new($"La tolérance de « {owner} »", $"The tolerance of '{owner}'"),
            PropertyName.Target => new($"La cible de « {first} » en {key.Second?.Id} (volet « {owner} »)", $"The target of '{first}' in {key.Second?.Id} (volet '{owner}')"),
            PropertyName.OverseasScope => new($"La portée outre-mer de « {owner} »", $"The overseas scope of '{owner}'"),
            PropertyName.CalendarRule => new($"La règle « {CalendarRuleWords(key.Text)} » de « {owner} »", $"The rule '{CalendarRuleWords(key.Text)}' of '{owner}'"),
            PropertyName.AdmissibilityCondition => new($"La condition de recevabilité « {key.Text} » de « {owner} »", $"The admissibility condition '{key.Text}' of '{owner}'"),
            PropertyName.Waiver => new($"La dérogation {key.Text} de « {owner} »", $"The waiver of {key.Text} in '{owner}'"),
            // Every property has its words above; a value the enumeration does not name still gets a message, never an exception.
            _ => new($"Une valeur de « {owner} »", $"A value of '{owner}'"),
        };
    }

    /// <summary>A calendar rule as the texts write it (its key holds the kind's name).</summary>
    private static string? CalendarRuleWords(string? kind) => Enum.TryParse<Syntax.CalendarRuleKind>(kind, out var parsed)
        ? parsed switch
        {
            Syntax.CalendarRuleKind.FiledDuringCandidacyPeriod => "candidature déposée pendant la période de candidature",
            Syntax.CalendarRuleKind.ResultsByMilestone => "résultats transmis au plus tard au jalon",
            Syntax.CalendarRuleKind.MeasuredWithinPeriod => "mesures dans la période de mesure",
            _ => kind,
        }
        : kind;
}
