namespace SunEs.Runtime;

/// <summary>The type of a datum, as declared in the texts ("entier", "montant"…).</summary>
public enum DataKind
{
    Integer,
    Decimal,

    /// <summary>In points: 49 % is 49.</summary>
    Percentage,

    /// <summary>In euros.</summary>
    Money,
    Date,
    Duration,
    Boolean,
    Text,

    /// <summary>One of the values the datum lists (<see cref="DataField.Values"/>).</summary>
    Category,
}
