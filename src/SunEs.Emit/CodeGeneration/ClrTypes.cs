using R = SunEs.Runtime;
using ValueType = SunEs.Semantics.ValueType;

namespace SunEs.Emit.CodeGeneration;

/// <summary>The C# type of each type of the language: numbers, percentages (points) and amounts (euros) are all decimal.</summary>
internal static class ClrTypes
{
    public static string Of(ValueType type) => type switch
    {
        ValueType.Integer or ValueType.Decimal or ValueType.Percentage or ValueType.Money => "decimal",
        ValueType.Boolean => "bool",
        ValueType.Date => "DateOnly",
        ValueType.Duration => nameof(R.Duration),
        ValueType.Text or ValueType.Category => "string",
        _ => throw new InvalidOperationException($"No C# type for {type}: expressions with errors are never emitted."),
    };

    /// <summary>The candidacy method that reads a datum of this type.</summary>
    public static string ReaderOf(ValueType type) => type switch
    {
        ValueType.Integer or ValueType.Decimal or ValueType.Percentage or ValueType.Money => nameof(R.Candidacy.ReadNumber),
        ValueType.Boolean => nameof(R.Candidacy.ReadBoolean),
        ValueType.Date => nameof(R.Candidacy.ReadDate),
        ValueType.Duration => nameof(R.Candidacy.ReadDuration),
        ValueType.Text or ValueType.Category => nameof(R.Candidacy.ReadText),
        _ => throw new InvalidOperationException($"No reader for {type}: expressions with errors are never emitted."),
    };
}
