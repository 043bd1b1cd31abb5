using SunEs.Semantics;

namespace SunEs.Emit.Planning;

/// <summary>
/// What one generated assembly covers: a programme, the instructions that belong to it, the
/// epochs (each date one of them starts to apply, with the programme's rules in force that day)
/// and the candidacy slots shared by all epochs. Other programmes of the same texts change none
/// of it, so a programme compiles to the same bytes alone or beside others.
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

    public IReadOnlyList<InstructionSymbol> Instructions => Compilation.Instructions.Where(instruction => instruction.Programme == Programme).ToList();

    /// <summary>Epochs are the application dates of the programme's texts on which it exists; its rules only change on those dates.</summary>
    public static ProgrammePlan Create(Compilation compilation, EntitySymbol programme)
    {
        var epochs = new List<EpochPlan>();
        foreach (var date in compilation.ApplicationDates(programme))
        {
            var rules = compilation.GetRulesInForce(date, programme);
            if (rules.Programmes.FirstOrDefault(candidate => candidate.Symbol == programme) is { } inForce)
            {
                epochs.Add(new EpochPlan(epochs.Count, date, rules, inForce));
            }
        }

        return new ProgrammePlan(compilation, programme, epochs);
    }
}
