namespace SunEs.Runtime;

/// <summary>Why a candidacy could not be evaluated: the input is incomplete or impossible, never a reason to assume zero.</summary>
public enum EvaluationErrorKind
{
    /// <summary>A datum the rules need was not given.</summary>
    MissingDatum,

    /// <summary>The measure of an indicator with a target was not given.</summary>
    MissingMeasure,

    /// <summary>The status of a prerequisite the candidacy must meet was not given.</summary>
    MissingPrerequisiteStatus,

    /// <summary>A date or the territory a rule in force reads was not given (filing date, results date, measured period, territory).</summary>
    MissingFact,

    /// <summary>A postponement was requested in a window whose rules offer none.</summary>
    PostponementNotOffered,

    UnknownTerritory,
    InvalidPeriod,

    RateOutOfRange,
    NumeratorAboveDenominator,
    NegativeCount,
    ZeroDenominator,
    NegativeAmount,

    UnknownWindow,
    UnknownDomain,
    UnknownPrerequisite,
    UnknownDatum,
    UnknownIndicator,

    /// <summary>A value of the wrong type for a datum or an indicator (a yes/no for a rate…).</summary>
    WrongValueKind,

    /// <summary>A value a category datum does not list.</summary>
    UnknownValue,

    /// <summary>The date is before the first instruction applies.</summary>
    NoRulesInForce,

    DivisionByZero,
    Overflow,
    IncompatibleDurations,

    /// <summary>The rules lack something the checks should have caught (a degressivity for a window of the volet).</summary>
    IncompleteRules,

    /// <summary>The candidacy was built with the schema of other rules.</summary>
    ForeignCandidacy,

    /// <summary>The establishment's number is not a FINESS number (length, characters, check digit).</summary>
    InvalidEstablishment,
}
