namespace SunEs.Diagnostics;

/// <summary>
/// Names a message shows as « F2, F3 »: a diagnostic argument that stays a list, so that tools
/// (editor quick fixes) read the names themselves instead of parsing the message.
/// </summary>
public sealed record NameList(IReadOnlyList<string> Names)
{
    public override string ToString() => string.Join(", ", Names);
}
