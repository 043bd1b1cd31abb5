using SunEs.Semantics;

namespace SunEs.LanguageServer.Features.Programmes;

/// <summary>
/// The programme a document belongs to: its instruction's (declared, amended, or reached through
/// the texts it is linked to by amendments), else the only programme of the workspace.
/// </summary>
public static class ProgrammeOfDocument
{
    public static EntitySymbol? Find(FeatureContext context)
    {
        if (context.Instruction?.Programme is { } programme)
        {
            return programme;
        }

        var programmes = context.Compilation.Programmes.ToList();
        return programmes.Count == 1 ? programmes[0] : null;
    }
}
