namespace SunEs.Runtime;

/// <summary>The target of an indicator in a window, as written in a target grid, with the instruction that set it.</summary>
public sealed record Threshold(ThresholdKind Kind, decimal Points, Provenance Provenance)
{
    public bool IsMetBy(MeasuredValue measured) => Kind switch
    {
        ThresholdKind.Rate => measured.Reaches(Points),
        ThresholdKind.Yes => measured.YesNo,
        _ => !measured.YesNo,
    };

    public string Describe(bool english) => Kind switch
    {
        ThresholdKind.Rate => Formats.Points(Points, english),
        ThresholdKind.Yes => english ? "yes" : "oui",
        _ => english ? "no" : "non",
    };
}
