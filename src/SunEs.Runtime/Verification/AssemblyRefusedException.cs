namespace SunEs.Runtime.Verification;

/// <summary>Thrown instead of loading an assembly the verifier refuses; <see cref="Verification"/> lists every reason.</summary>
public sealed class AssemblyRefusedException : Exception
{
    private const int ReasonsInMessage = 20;

    public AssemblyRefusedException(AssemblyVerification verification)
        : base(Describe(verification))
    {
        Verification = verification;
    }

    public AssemblyVerification Verification { get; }

    private static string Describe(AssemblyVerification verification)
    {
        var reasons = verification.Violations.Take(ReasonsInMessage).ToList();
        return $"L'assemblage « {verification.AssemblyName} » est refusé : il pourrait faire autre chose que calculer des règles."
            + string.Concat(reasons.Select(violation => $"{Environment.NewLine}  {violation.Subject} : {violation.Message.French}"))
            + $"{Environment.NewLine}Assembly '{verification.AssemblyName}' is refused: it could do more than compute rules."
            + string.Concat(reasons.Select(violation => $"{Environment.NewLine}  {violation.Subject}: {violation.Message.English}"))
            + (verification.Violations.Count > ReasonsInMessage ? $"{Environment.NewLine}  (+{verification.Violations.Count - ReasonsInMessage})" : string.Empty);
    }
}
