using SunEs.Diagnostics;
using SunEs.LanguageServer.Workspaces;
using SunEs.Semantics;

namespace SunEs.LanguageServer.Features;

/// <summary>What a feature needs to answer about one document: the snapshot, its compilation, the reader's language and today's date.</summary>
public sealed record FeatureContext(WorkspaceSnapshot Snapshot, Document Document, Compilation Compilation, MessageLanguage Language, DateOnly Today)
{
    public SunEs.Text.SourceText Text => Document.Text;

    /// <summary>The document's syntax: its tree, or while a new version is still being parsed, a tree of its tokens alone (all completion reads).</summary>
    public Syntax.SyntaxTree Tree
    {
        get => field ?? Document.Tree;
        init;
    }

    /// <summary>French or English, as the client asked at initialisation.</summary>
    public string T(string french, string english) => Language == MessageLanguage.English ? english : french;

    /// <summary>Cancelled when the client cancels the request or a change makes its answer stale.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The document's instruction, by its path: the compilation may have analysed an earlier version of the text.</summary>
    public InstructionSymbol? Instruction => Compilation.Instructions.FirstOrDefault(instruction => instruction.Tree.Text.Path == Text.Path);

    /// <summary>The programme the document belongs to; null when it cannot be told.</summary>
    public EntitySymbol? Programme => Programmes.ProgrammeOfDocument.Find(this);

    /// <summary>
    /// True for what the document names without qualification: programmes, and the entities of its
    /// programme (every entity when its programme cannot be told).
    /// </summary>
    public bool Sees(EntitySymbol entity) => Sees(Programme, entity);

    /// <summary><see cref="Sees(EntitySymbol)"/> for a document of <paramref name="programme"/> (null: cannot be told), found once for many entities.</summary>
    public static bool Sees(EntitySymbol? programme, EntitySymbol entity) =>
        entity.Kind == EntityKind.Programme || programme is null || entity.Programme == programme;
}
