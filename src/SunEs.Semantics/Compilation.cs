using SunEs.Diagnostics;
using SunEs.Syntax;
using SunEs.Text;

namespace SunEs.Semantics;

/// <summary>
/// A set of instruction texts checked together: amendment chains may span files. Holds the
/// instructions, the declared entities, every resolved reference, the tests, and all diagnostics;
/// answers "which rules were in force on date D".
/// </summary>
public sealed class Compilation
{
    private readonly Binding.Consolidator _consolidator;
    private readonly Lazy<ILookup<string, EntitySymbol>> _entitiesById;
    private readonly Lazy<ReferenceIndex> _references;

    private Compilation(IReadOnlyList<SyntaxTree> trees, Binding.BindingResult result)
    {
        Trees = trees;
        Instructions = result.Instructions;
        Entities = result.Entities;
        References = result.References;
        Tests = result.Tests;
        _consolidator = result.Consolidator;
        _entitiesById = new(() => Entities.ToLookup(entity => entity.Id, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        _references = new(() => new ReferenceIndex(References), LazyThreadSafetyMode.ExecutionAndPublication);
        var syntaxErrors = FirstSyntaxErrorOfEachLine(trees);
        Diagnostics = trees.SelectMany(tree => tree.Diagnostics).Concat(result.Diagnostics.Where(d => !FollowsSyntaxErrorOnItsLine(d, syntaxErrors)))
            .OrderBy(diagnostic => diagnostic.Location.Source.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.Span.Start)
            .ThenBy(diagnostic => diagnostic.Code, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>
    /// After a syntax error the rest of its line is whatever recovery made of it: a semantic
    /// diagnostic there would be an echo of the same mistake, so the syntax error speaks alone.
    /// </summary>
    private static bool FollowsSyntaxErrorOnItsLine(Diagnostic diagnostic, Dictionary<SourceText, Dictionary<int, int>> syntaxErrors) =>
        syntaxErrors.TryGetValue(diagnostic.Location.Source, out var byLine)
        && byLine.TryGetValue(diagnostic.Location.Start.Line, out var firstError)
        && firstError <= diagnostic.Location.Span.Start;

    /// <summary>For each text, where the first syntax error of each line starts (the first tree of a text speaks for it).</summary>
    private static Dictionary<SourceText, Dictionary<int, int>> FirstSyntaxErrorOfEachLine(IReadOnlyList<SyntaxTree> trees)
    {
        var result = new Dictionary<SourceText, Dictionary<int, int>>();
        foreach (var tree in trees)
        {
            if (!result.TryAdd(tree.Text, []))
            {
                continue;
            }

            var byLine = result[tree.Text];
            foreach (var error in tree.Diagnostics.Where(syntax => syntax.IsError))
            {
                var line = error.Location.Start.Line;
                byLine[line] = byLine.TryGetValue(line, out var start) ? Math.Min(start, error.Location.Span.Start) : error.Location.Span.Start;
            }
        }

        return result;
    }

    /// <summary>The instructions in the order their amendments apply.</summary>
    public IReadOnlyList<InstructionSymbol> Instructions { get; }

    public IReadOnlyList<EntitySymbol> Entities { get; }

    public IReadOnlyList<SymbolReference> References { get; }

    public IReadOnlyList<BoundTest> Tests { get; }

    /// <summary>Syntax and semantic diagnostics of every text, by file and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>Binds the texts; <paramref name="cancellationToken"/> lets an editor abandon the work when the texts change meanwhile.</summary>
    public static Compilation Create(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken = default)
    {
        var list = trees.ToList();
        return new Compilation(list, new Binding.Binder(list, cancellationToken).Bind());
    }

    public static Compilation Parse(IEnumerable<SourceText> texts) => Create(texts.Select(SyntaxParser.Parse));

    /// <summary>The programmes the texts declare, in declaration order.</summary>
    public IEnumerable<EntitySymbol> Programmes => Entities.Where(entity => entity.Kind == EntityKind.Programme);

    /// <summary>The first entity with this identifier, whatever its programme; see <see cref="FindEntity(string, EntitySymbol?)"/> when several programmes may declare it.</summary>
    public EntitySymbol? FindEntity(string id) => _entitiesById.Value[id].FirstOrDefault();

    /// <summary>The entity with this identifier in the namespace of <paramref name="programme"/> (programmes are found by name from any namespace).</summary>
    public EntitySymbol? FindEntity(string id, EntitySymbol? programme) =>
        _entitiesById.Value[id].FirstOrDefault(entity => entity.Kind == EntityKind.Programme || entity.Programme == programme);

    public EntitySymbol? FindProgramme(string id) => _entitiesById.Value[id].FirstOrDefault(entity => entity.Kind == EntityKind.Programme);

    public InstructionSymbol? FindInstruction(string number) => Instructions.FirstOrDefault(instruction => instruction.Number == number);

    /// <summary>The rules in force on <paramref name="asOf"/>: every instruction applicable that day, applied in order.</summary>
    public RulesInForce GetRulesInForce(DateOnly asOf) => _consolidator.Consolidate(asOf);

    /// <summary>The rules of one programme in force on <paramref name="asOf"/>: see <see cref="RulesInForce.ForProgramme"/>.</summary>
    public RulesInForce GetRulesInForce(DateOnly asOf, EntitySymbol programme) => GetRulesInForce(asOf).ForProgramme(programme);

    /// <summary>The dates a text of <paramref name="programme"/> starts to apply, in order: the only dates its rules change.</summary>
    public IReadOnlyList<DateOnly> ApplicationDates(EntitySymbol programme) =>
        Instructions.Where(instruction => instruction.Programme == programme).Select(instruction => instruction.AppliesFrom).OfType<DateOnly>().Distinct().Order().ToList();

    /// <summary>The reference (declaration, amendment or use) whose identifier covers the position in the given text.</summary>
    public SymbolReference? FindReference(SourceText text, int position) => _references.Value.Find(text, position);
}
