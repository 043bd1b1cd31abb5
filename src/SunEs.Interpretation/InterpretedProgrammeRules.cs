using SunEs.Semantics;
using R = SunEs.Runtime;

namespace SunEs.Interpretation;

/// <summary>
/// The rules of one programme, evaluated by interpreting the bound model instead of running
/// generated code. Same schema (slots), same metadata and same decisions — statuses, amounts,
/// explanations, provenance — or the same <see cref="R.EvaluationException"/> as the assembly
/// <c>RulesEmitter</c> compiles from the same texts.
/// </summary>
public sealed class InterpretedProgrammeRules : R.IProgrammeRules
{
    private readonly IReadOnlyList<EpochInterpreter> _epochs;

    private InterpretedProgrammeRules(R.ProgrammeInfo programme, R.CandidacySchema schema, IReadOnlyList<EpochInterpreter> epochs)
    {
        Programme = programme;
        Schema = schema;
        _epochs = epochs;
    }

    public R.ProgrammeInfo Programme { get; }

    public R.CandidacySchema Schema { get; }

    /// <summary>
    /// The rules of <paramref name="programmeId"/> (needed only when the texts declare several).
    /// Texts with errors, an unknown programme or one never in force are refused, as the emitter refuses them.
    /// </summary>
    public static InterpretedProgrammeRules Create(Compilation compilation, string? programmeId = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        if (compilation.HasErrors)
        {
            var count = compilation.Diagnostics.Count(diagnostic => diagnostic.IsError);
            throw Refused($"Les textes ont {count} erreur(s) : aucune règle n'est interprétée tant qu'elles ne sont pas corrigées",
                $"The texts have {count} error(s): no rules are interpreted until they are fixed");
        }

        var programmes = compilation.Programmes.ToList();
        var known = string.Join(", ", programmes.Select(candidate => candidate.Id));
        var programme = programmeId is null
            ? programmes.Count == 1 ? programmes[0] : throw Refused($"Précisez le programme parmi : {known}", $"Name the programme, one of: {known}")
            : programmes.FirstOrDefault(candidate => candidate.Id == programmeId)
                ?? throw Refused($"Aucun programme « {programmeId} » dans les textes (programmes : {known})", $"No programme '{programmeId}' in the texts (programmes: {known})");

        var slots = new ProgrammeSlots(compilation.Entities, programme);
        var epochs = new List<EpochInterpreter>();
        foreach (var date in compilation.ApplicationDates(programme))
        {
            var rules = compilation.GetRulesInForce(date, programme);
            if (rules.Programmes.FirstOrDefault(candidate => candidate.Symbol == programme) is { } inForce)
            {
                var plan = DecisionPlan.Create(rules, inForce);
                epochs.Add(new EpochInterpreter(plan, slots, RuntimeModel.Epoch(date, plan, slots)));
            }
        }

        if (epochs.Count == 0)
        {
            throw Refused($"Le programme « {programme.Id} » n'est jamais en vigueur : aucune de ses instructions n'a de date d'application",
                $"Programme '{programme.Id}' is never in force: none of its instructions has an application date");
        }

        var lastProgramme = compilation.GetRulesInForce(epochs[^1].Info.StartsOn, programme).Programmes[0];
        var info = new R.ProgrammeInfo(programme.Id, lastProgramme.Label?.Value,
            compilation.Instructions.Where(instruction => instruction.Programme == programme).Select(RuntimeModel.Instruction).ToList(),
            epochs.Select(epoch => epoch.Info).ToList());
        return new InterpretedProgrammeRules(info, RuntimeModel.Schema(slots), epochs);
    }

    /// <summary>Under the latest epoch starting on or before <paramref name="asOf"/>; an arithmetic overflow names the establishment.</summary>
    public R.Decision Evaluate(R.Candidacy candidacy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(candidacy);
        candidacy.EnsureSchema(Schema);
        try
        {
            for (var index = _epochs.Count - 1; index >= 0; index--)
            {
                if (asOf >= _epochs[index].Info.StartsOn)
                {
                    return _epochs[index].Evaluate(candidacy, asOf);
                }
            }
        }
        catch (OverflowException overflow)
        {
            throw R.EvaluationException.Overflow(candidacy.Establishment, overflow);
        }

        throw R.EvaluationException.NoRulesInForce(candidacy.Establishment, asOf, _epochs[0].Info.StartsOn);
    }

    private static InvalidOperationException Refused(string french, string english) => new($"{french}. | {english}.");
}
