using SunEs.Diagnostics;
using SunEs.Text;

namespace SunEs.Emit;

/// <summary>
/// A problem while turning rules into an assembly. For the C# compiler's own diagnostics,
/// <see cref="Code"/> is its code (CS0103…), <see cref="Message"/> quotes it, and the position
/// is mapped back through the #line directives to the instruction text when it lies in one.
/// </summary>
public sealed record EmitDiagnostic(
    EmitDiagnosticKind Kind,
    bool IsError,
    string Code,
    LocalizedText Message,
    Location? Location,
    string? MappedPath,
    int? MappedLine,
    int? MappedColumn)
{
    public override string ToString() =>
        $"{MappedPath ?? Location?.Source.Path ?? "sunes"}({MappedLine ?? (Location?.Start.Line + 1) ?? 0},{MappedColumn ?? (Location?.Start.Character + 1) ?? 0}): {(IsError ? "error" : "warning")} {Code}: {Message.English}";
}
