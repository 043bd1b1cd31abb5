using SunEs.Diagnostics;

namespace SunEs.Semantics.Binding;

internal sealed record BindingResult(
    IReadOnlyList<InstructionSymbol> Instructions,
    IReadOnlyList<EntitySymbol> Entities,
    IReadOnlyList<SymbolReference> References,
    IReadOnlyList<BoundTest> Tests,
    IReadOnlyList<Diagnostic> Diagnostics,
    Consolidator Consolidator);
