namespace SunEs.Cli.Evaluation;

/// <summary>How <c>sunes evaluate</c> writes its decisions.</summary>
internal enum EvaluationFormat
{
    /// <summary>A table for people.</summary>
    Table,

    /// <summary>Every decision in full (indicators, thresholds and where they come from, amounts), and the refused rows.</summary>
    Json,

    /// <summary>One line per input row, evaluated or refused.</summary>
    Csv,
}
