namespace SunEs.Runtime;

/// <summary>The programme the rules describe, every instruction they come from, and the dates on which the rules change.</summary>
public sealed record ProgrammeInfo(string Id, string? Label, IReadOnlyList<InstructionInfo> Instructions, IReadOnlyList<EpochInfo> Epochs)
{
    /// <summary>The rules in force on <paramref name="asOf"/>: the latest epoch starting on or before it; null before the first.</summary>
    public EpochInfo? EpochAsOf(DateOnly asOf)
    {
        EpochInfo? found = null;
        foreach (var epoch in Epochs)
        {
            if (epoch.StartsOn <= asOf)
            {
                found = epoch;
            }
        }

        return found;
    }
}
