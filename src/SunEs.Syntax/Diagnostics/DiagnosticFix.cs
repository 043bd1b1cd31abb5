using SunEs.Text;

namespace SunEs.Diagnostics;

/// <summary>A suggested edit attached to a diagnostic: replace <see cref="Span"/> with <see cref="NewText"/>.</summary>
public sealed record DiagnosticFix(LocalizedText Title, TextSpan Span, string NewText);
