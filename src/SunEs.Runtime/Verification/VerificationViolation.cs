namespace SunEs.Runtime.Verification;

/// <summary>One reason an assembly is refused: the rule, what breaks it (a type, member, method or reference), and why in words.</summary>
public sealed record VerificationViolation(VerificationRule Rule, string Subject, BilingualText Message)
{
    public override string ToString() => $"{Rule} {Subject}: {Message.English}";
}
