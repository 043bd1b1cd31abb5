namespace SunEs.Runtime;

/// <summary>
/// The rules in force from one date (the day an instruction starts to apply) until the next
/// such date: which instructions, which windows and domains exist, how amounts are rounded,
/// where the rules apply and which rules over a candidacy's dates act.
/// </summary>
public sealed record EpochInfo(
    DateOnly StartsOn,
    IReadOnlyList<string> InstructionNumbers,
    IReadOnlyList<WindowInfo> Windows,
    IReadOnlyList<string> DomainIds,
    RoundingRule Rounding,
    IReadOnlyList<int> WindowSlots,
    IReadOnlyList<int> DomainSlots,
    TerritorialScope? Territory,
    IReadOnlyList<CalendarRule> CalendarRules)
{
    /// <summary>True when the window of this candidacy slot exists in this epoch (checked by slot, not by name).</summary>
    public bool HasWindowSlot(int slot) => Contains(WindowSlots, slot);

    public bool HasDomainSlot(int slot) => Contains(DomainSlots, slot);

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

    private static bool Contains(IReadOnlyList<int> slots, int slot)
    {
        for (var index = 0; index < slots.Count; index++)
        {
            if (slots[index] == slot)
            {
                return true;
            }
        }

        return false;
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
