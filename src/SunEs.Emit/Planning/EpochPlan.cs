using SunEs.Semantics;

namespace SunEs.Emit.Planning;

/// <summary>The rules in force from one date (an instruction starts to apply) until the next such date.</summary>
internal sealed record EpochPlan(int Index, DateOnly StartsOn, RulesInForce Rules, ProgrammeInForce Programme)
{
    public string ClassName => $"Epoch{Index}";

    /// <summary>The steps of a decision in this epoch: what the epoch's Evaluate method does, in order.</summary>
    public DecisionPlan Decision { get; } = DecisionPlan.Create(Rules, Programme);
}
