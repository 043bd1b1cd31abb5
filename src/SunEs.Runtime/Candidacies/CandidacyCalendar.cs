namespace SunEs.Runtime;

/// <summary>The dates and territory a candidacy gives: what the calendar and territorial rules read.</summary>
internal readonly record struct CandidacyCalendar(DateOnly? FiledOn, DateOnly? ResultsOn, DateOnly? MeasuredFrom, DateOnly? MeasuredTo, TerritoryField? Territory);
