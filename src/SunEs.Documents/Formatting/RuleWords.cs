using SunEs.Diagnostics;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.Documents.Formatting;

/// <summary>What the calendar rules and the territorial scope decide, in words: shared by the page, `show` and `diff`.</summary>
public static class RuleWords
{
    public static string CalendarRule(CalendarRuleKind rule, MessageLanguage language) => rule switch
    {
        CalendarRuleKind.FiledDuringCandidacyPeriod => language.Pick("une candidature déposée hors de la période de candidature de sa fenêtre est irrecevable",
            "a candidacy filed outside its window's candidacy period is inadmissible"),
        CalendarRuleKind.ResultsByMilestone => language.Pick("des résultats transmis après le jalon (celui du report, s'il y en a un) ne financent pas la fenêtre",
            "results transmitted after the milestone (the postponement's, if any) do not fund the window"),
        _ => language.Pick("des mesures qui débordent de la période de mesure ne financent pas la fenêtre",
            "measures beyond the measurement period do not fund the window"),
    };

    /// <summary>"France métropolitaine et outre-mer, sauf Polynésie française, …".</summary>
    public static string OverseasScope(OverseasScope scope, MessageLanguage language) => scope.Kind switch
    {
        OverseasScopeKind.AllExcept when scope.Territories.Count == 0 => language.Pick("France métropolitaine et tout l'outre-mer", "metropolitan France and all overseas territories"),
        OverseasScopeKind.AllExcept => language.Pick($"France métropolitaine et outre-mer, sauf {string.Join(", ", scope.Territories)}",
            $"metropolitan France and overseas, except {string.Join(", ", scope.Territories)}"),
        OverseasScopeKind.Only => language.Pick($"France métropolitaine, {string.Join(", ", scope.Territories)}", $"metropolitan France, {string.Join(", ", scope.Territories)}"),
        _ => language.Pick("France métropolitaine seulement", "metropolitan France only"),
    };
}
