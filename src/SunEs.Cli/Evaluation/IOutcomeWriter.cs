namespace SunEs.Cli.Evaluation;

/// <summary>Writes the outcomes of a batch as they come, in input order, holding as few as its format allows.</summary>
internal interface IOutcomeWriter
{
    void Write(RowOutcome outcome);

    /// <summary>Ends the output once every row has been written.</summary>
    void Complete(long evaluated, long refused);
}
