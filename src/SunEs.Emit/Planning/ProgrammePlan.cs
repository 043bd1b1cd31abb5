using SunEs.Semantics;

namespace SunEs.Emit.Planning;

/// <summary>
/// What one generated assembly covers: a programme, every instruction of the texts, the
/// epochs (each date an instruction starts to apply, with the rules in force that day) and the
/// candidacy slots shared by all epochs.
/// </summary>
internal sealed class ProgrammePlan
{
    private ProgrammePlan(Compilation compilation, EntitySymbol programme, IReadOnlyList<EpochPlan> epochs)
    {
        Compilation = compilation;
        Programme = programme;
        Epochs = epochs;
        Slots = new ProgrammeSlots(compilation.Entities, programme);
    }

    public Compilation Compilation { get; }

    public EntitySymbol Programme { get; }

    public IReadOnlyList<EpochPlan> Epochs { get; }

    public ProgrammeSlots Slots { get; }

    public IReadOnlyList<InstructionSymbol> Instructions => Compilation.Instructions;

    /// <summary>Epochs are the application dates on which the programme exists; rules only change on those dates.</summary>
    public static ProgrammePlan Create(Compilation compilation, EntitySymbol programme)
    {
        var epochs = new List<EpochPlan>();
        var dates = compilation.Instructions.Select(instruction => instruction.AppliesFrom).OfType<DateOnly>().Distinct().Order();
        foreach (var date in dates)
        {
            var rules = compilation.GetRulesInForce(date);
            if (rules.Programmes.FirstOrDefault(candidate => candidate.Symbol == programme) is { } inForce)
            {
                epochs.Add(new EpochPlan(epochs.Count, date, rules, inForce));
            }
        }

        return new ProgrammePlan(compilation, programme, epochs);
    }
}
