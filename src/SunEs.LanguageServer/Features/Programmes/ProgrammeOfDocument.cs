using SunEs.Semantics;

namespace SunEs.LanguageServer.Features.Programmes;

/// <summary>
/// The programme a document belongs to: the one its instruction declares or amends something
/// of, else the one of a text it amends (a text that only moves a window's dates), else the
/// only programme of the workspace.
/// </summary>
public static class ProgrammeOfDocument
{
    public static EntitySymbol? Find(FeatureContext context)
    {
        var programmes = context.Compilation.Entities.Where(entity => entity.Kind == EntityKind.Programme).ToList();
        var seen = new HashSet<InstructionSymbol>();
        var pending = new Queue<InstructionSymbol>();
        if (context.Instruction is { } own)
        {
            pending.Enqueue(own);
        }

        while (pending.TryDequeue(out var instruction))
        {
            if (!seen.Add(instruction))
            {
                continue;
            }

            var programme = context.Compilation.Entities
                .Where(entity => entity.Contributions.Any(contribution => contribution.Instruction == instruction))
                .Select(Root)
                .FirstOrDefault(root => root.Kind == EntityKind.Programme);
            if (programme is not null)
            {
                return programme;
            }

            foreach (var amended in instruction.Amends)
            {
                pending.Enqueue(amended);
            }
        }

        return programmes.Count == 1 ? programmes[0] : null;
    }

    private static EntitySymbol Root(EntitySymbol entity)
    {
        while (entity.Parent is { } parent)
        {
            entity = parent;
        }

        return entity;
    }
}
