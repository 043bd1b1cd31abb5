namespace SunEs.Runtime;

/// <summary>
/// The rules in force from one date (the day an instruction starts to apply) until the next
/// such date: which instructions, which windows and domains exist, how amounts are rounded.
/// </summary>
public sealed record EpochInfo(
    DateOnly StartsOn,
    IReadOnlyList<string> InstructionNumbers,
    IReadOnlyList<WindowInfo> Windows,
    IReadOnlyList<string> DomainIds,
    RoundingRule Rounding)
{
    public WindowInfo? FindWindow(string id)
    {
        foreach (var window in Windows)
        {
            if (window.Id == id)
            {
                return window;
            }
        }

        return null;
    }

    public bool HasDomain(string id)
    {
        foreach (var domain in DomainIds)
        {
            if (domain == id)
            {
                return true;
            }
        }

        return false;
    }
}
