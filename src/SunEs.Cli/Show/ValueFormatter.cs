using System.Globalization;
using SunEs.Diagnostics;
using SunEs.Documents.Formatting;
using SunEs.Semantics;
using SunEs.Syntax;

namespace SunEs.Cli.Show;

/// <summary>
/// The text of every value <c>show</c> prints: dates as YYYY-MM-DD, amounts in M€ or €, numbers the
/// French way as the texts write them; and, with provenance, where each value comes from
/// ("55 % (2023/28 l.80)") and what it replaced ("remplace 59 % (2021/167 l.154)").
/// </summary>
internal sealed class ValueFormatter(MessageLanguage language, bool provenance)
{
    public const string Missing = "—";

    /// <summary>Up to this length a value and its source share a line; beyond, the source goes on the next line.</summary>
    private const int InlineSourceLength = 22;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public MessageLanguage Language => language;

    public bool ShowsProvenance => provenance;

    private readonly List<(Assumption Assumption, string Source)> _assumptions = [];

    /// <summary>The assumptions the values shown rest on, numbered in the order they were met ("†1", "†2"…), with where each is written.</summary>
    public IReadOnlyList<(Assumption Assumption, string Source)> Assumptions => _assumptions;

    /// <summary>"†2": the mark of a value that rests on an assumption, listed once at the end of the output.</summary>
    public string Mark(Assumption assumption, InstructionSymbol instruction)
    {
        var index = _assumptions.FindIndex(entry => entry.Assumption == assumption);
        if (index < 0)
        {
            _assumptions.Add((assumption, SourceReference(instruction, assumption.Location)));
            index = _assumptions.Count - 1;
        }

        return $"†{index + 1}";
    }

    /// <summary>
    /// The value's text, marked "†n" when it rests on an assumption, followed with provenance by its
    /// source and the values it replaced, one per line.
    /// </summary>
    public string Sourced<T>(Sourced<T>? value, Func<T, string> format)
    {
        if (value is null)
        {
            return Missing;
        }

        var text = format(value.Value);
        var marked = value.Assumption is { } assumption ? $"{text} {Mark(assumption, value.Instruction)}" : text;
        if (!provenance)
        {
            return marked;
        }

        var lines = new List<string> { WithSource(marked, value.Instruction, value.Location) };
        for (var replaced = value.Replaced; replaced is not null; replaced = replaced.Replaced)
        {
            var previous = format(replaced.Value);
            var what = previous == text ? language.Pick("inchangé", "unchanged") : $"{language.Pick("remplace", "replaces")} {previous}";
            lines.Add(WithSource(what, replaced.Instruction, replaced.Location));
            text = previous;
        }

        return string.Join('\n', lines);
    }

    /// <summary>"55 % (2023/28 l.80)" on one line when short, the source on its own line otherwise (tables stay narrow).</summary>
    private static string WithSource(string text, InstructionSymbol instruction, SunEs.Text.Location location)
    {
        var source = Source(instruction, location);
        return text.Length + 1 + source.Length <= InlineSourceLength && !text.Contains('\n') ? $"{text} {source}" : $"{text}\n{source}";
    }

    public string Sourced(Sourced<string>? value) => Sourced(value, text => text);

    /// <summary>"(2023/28 l.80)".</summary>
    public static string Source(InstructionSymbol instruction, SunEs.Text.Location location) => $"({SourceReference(instruction, location)})";

    /// <summary>"2023/28 l.80": the short instruction number and the 1-based line.</summary>
    public static string SourceReference(InstructionSymbol instruction, SunEs.Text.Location location) =>
        $"{ShortNumber(instruction.Number)} l.{location.Start.Line + 1}";

    /// <summary>"DGOS/PF5/DNS/2023/28" → "2023/28": the year and the number, which tell the texts apart.</summary>
    public static string ShortNumber(string number)
    {
        var parts = number.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : number;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Date(DateOnly? date) => date is { } known ? Date(known) : Missing;

    public string Date(DateValue date) => date.Date is { } known ? Date(known) : language.Pick("inconnue", "unknown");

    public string Period(DatePeriod period) => $"{Date(period.Start)} → {Date(period.End)}";

    public string Measurement(Measurement measurement) =>
        measurement.Label is { Length: > 0 } label ? $"{label}{language.Pick(" : ", ": ")}{Period(measurement.Period)}" : Period(measurement.Period);

    public string Delay(Delay delay)
    {
        var amount = Number(delay.Amount);
        var unit = DurationWords.Unit(delay, language);
        return delay.IsMaximum ? $"{amount} {unit} {language.Pick("maximum", "at most")}" : $"{amount} {unit}";
    }

    public static string Percentage(decimal points) => $"{Number(points)} %";

    /// <summary>"210 M€", "6,37 M€", "1 234 567 €"; "environ 9,5 M€" when the text says so.</summary>
    public string Money(decimal euros, bool isApproximate)
    {
        var text = euros >= 1_000_000m && euros % 10_000m == 0
            ? $"{Number(euros / 1_000_000m)} M€"
            : $"{euros.ToString("#,0.##", French)} €";
        return isApproximate ? $"{language.Pick("environ", "about")} {text}" : text;
    }

    public string Entities(IReadOnlyList<EntitySymbol> entities) => entities.Count == 0 ? Missing : string.Join(", ", entities.Select(e => e.Id));

    /// <summary>A label cut to about <paramref name="maxLength"/> characters at a word boundary, for tables.</summary>
    public static string Shorten(string label, int maxLength)
    {
        var text = string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }

    private static string Number(decimal value) => value.ToString("0.##", French);
}
