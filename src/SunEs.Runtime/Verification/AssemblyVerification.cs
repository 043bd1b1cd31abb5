namespace SunEs.Runtime.Verification;

/// <summary>The outcome of verifying one assembly image: valid when nothing breaks a rule.</summary>
public sealed record AssemblyVerification(string AssemblyName, IReadOnlyList<VerificationViolation> Violations)
{
    public bool IsValid => Violations.Count == 0;
}
