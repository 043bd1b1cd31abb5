using System.Text.Json;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// The texts of a JSON candidature. JSON escapes can spell what is not Unicode (a lone "\ud800"),
/// which .NET refuses to turn into a string: such a key or value is null here and the candidature
/// is reported, instead of the whole batch failing.
/// </summary>
internal static class JsonTexts
{
    /// <summary>A value as the text a CSV cell would hold: numbers as written, booleans as oui/non, null as nothing; null when not Unicode.</summary>
    public static string? Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => String(value),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "oui",
        JsonValueKind.False => "non",
        _ => string.Empty,
    };

    public static string? String(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static string? Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The property name the reader is on, or a placeholder when it is not Unicode.</summary>
    public static string PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return "\\u…";
        }
    }

    public static RowError NotUnicode(int line, string? establishment, string? key) => key is null
        ? new RowError(line, establishment,
            "une clé n'est pas du texte Unicode (une moitié de paire de substitution « \\ud800 » seule) : corrigez-la",
            "a key is not Unicode text (half a surrogate pair, '\\ud800', alone): fix it")
        : new RowError(line, establishment,
            $"la valeur de « {CellValues.Shown(key)} » n'est pas du texte Unicode (une moitié de paire de substitution « \\ud800 » seule) : corrigez-la",
            $"the value of '{CellValues.Shown(key)}' is not Unicode text (half a surrogate pair, '\\ud800', alone): fix it");
}
