using System.Globalization;
using System.Text;
using SunEs.Text;

namespace SunEs.Diagnostics;

/// <summary>
/// A problem found in a text. Arguments are either plain values (identifiers, numbers,
/// quoted source) or <see cref="LocalizedText"/> rendered in the reader's language.
/// </summary>
public sealed class Diagnostic
{
    private readonly object[] _arguments;

    public Diagnostic(DiagnosticDescriptor descriptor, Location location, IReadOnlyList<DiagnosticFix> fixes, params object[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Fixes = fixes;
        _arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Location Location { get; }

    public IReadOnlyList<DiagnosticFix> Fixes { get; }

    /// <summary>The values the message is made of, in the catalogue's order (<c>{0}</c>, <c>{1}</c>…), for tools that act on them.</summary>
    public IReadOnlyList<object> Arguments => _arguments;

    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message, on one line whatever the text it quotes: a control character or line separator shows as « [U+000B] ».</summary>
    public string GetMessage(MessageLanguage language)
    {
        var rendered = _arguments
            .Select(argument => argument is LocalizedText text ? text.In(language) : argument)
            .ToArray();
        return OneLine(string.Format(CultureInfo.InvariantCulture, Descriptor.Format(language), rendered));
    }

    private static string OneLine(string message)
    {
        if (!message.Any(IsLineBreaking))
        {
            return message;
        }

        var builder = new StringBuilder(message.Length + 16);
        foreach (var c in message)
        {
            if (IsLineBreaking(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"[U+{(int)c:X4}]");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsLineBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {GetMessage(MessageLanguage.French)}";
}
