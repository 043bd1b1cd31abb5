namespace SunEs.Cli.Evaluation;

/// <summary>A value of a row that cannot be read (a missing field, a word where a number is expected…): the row is reported, not evaluated.</summary>
internal sealed class RowException(string french, string english) : Exception(english)
{
    public string French { get; } = french;

    public string English { get; } = english;
}
