namespace SunEs.Runtime;

/// <summary>
/// The calendar a candidacy follows: its own window's, or — postponed — the measurement period
/// and milestone of <see cref="MeasuredBy"/>, with the targets and degressivity of the windows its
/// terms name (slots and ids), and the postponement rule that says so.
/// </summary>
public sealed record Schedule(
    string WindowId,
    WindowInfo MeasuredBy,
    int TargetsWindowSlot,
    string TargetsWindowId,
    int DegressivityWindowSlot,
    string DegressivityWindowId,
    Provenance? Postponement)
{
    public bool IsPostponed => Postponement is not null;

    public DateOnly? Milestone => MeasuredBy.Milestone;
}
