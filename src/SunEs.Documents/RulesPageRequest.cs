using SunEs.Diagnostics;

namespace SunEs.Documents;

/// <summary>
/// What a page of the rules in force shows: the rules on <paramref name="AsOf"/>, in a language,
/// optionally compared with the rules on another date (the changes, and a dashed calendar),
/// restricted to one programme, with a warning shown on top (texts with errors).
/// </summary>
public sealed record RulesPageRequest(DateOnly AsOf, MessageLanguage Language = MessageLanguage.French, DateOnly? CompareWith = null,
    string? Programme = null, string? Warning = null);
