using SunEs.Diagnostics;
using SunEs.Syntax;

namespace SunEs.Semantics;

/// <summary>The types of the language. <see cref="Error"/> is the type of what could not be bound: it never causes a second diagnostic.</summary>
public enum ValueType
{
    Integer,
    Decimal,
    Percentage,
    Money,
    Date,
    Duration,
    Boolean,
    Text,

    /// <summary>One of the values a category datum lists ("parmi "CH", "CHU""): compared only with those values.</summary>
    Category,
    Error,
}

public static class ValueTypes
{
    public static ValueType FromDataType(DataType type) => type switch
    {
        DataType.Integer => ValueType.Integer,
        DataType.Decimal => ValueType.Decimal,
        DataType.Percentage => ValueType.Percentage,
        DataType.Money => ValueType.Money,
        DataType.Date => ValueType.Date,
        DataType.Duration => ValueType.Duration,
        DataType.Boolean => ValueType.Boolean,
        DataType.Text => ValueType.Text,
        DataType.Category => ValueType.Category,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown data type"),
    };

    public static bool IsNumber(this ValueType type) => type is ValueType.Integer or ValueType.Decimal;

    public static LocalizedText Describe(this ValueType type) => type switch
    {
        ValueType.Integer => new("entier", "integer"),
        ValueType.Decimal => new("décimal", "decimal"),
        ValueType.Percentage => new("pourcentage", "percentage"),
        ValueType.Money => new("montant", "amount"),
        ValueType.Date => new("date", "date"),
        ValueType.Duration => new("durée", "duration"),
        ValueType.Boolean => new("booléen", "boolean"),
        ValueType.Text => new("texte", "text"),
        ValueType.Category => new("catégorie", "category"),
        ValueType.Error => new("erreur", "error"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown value type"),
    };
}
