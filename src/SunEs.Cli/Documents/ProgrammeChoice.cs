using SunEs.Diagnostics;
using SunEs.Semantics;

namespace SunEs.Cli.Documents;

/// <summary>The programmes a command works on: the one <c>--programme</c> names (a usage error when the texts have none of that name), else all of them.</summary>
internal static class ProgrammeChoice
{
    public static IReadOnlyList<EntitySymbol> Resolve(Compilation compilation, string? programme, MessageLanguage language)
    {
        var programmes = compilation.Programmes.ToList();
        if (programme is null)
        {
            return programmes;
        }

        return compilation.FindProgramme(programme) is { } found
            ? [found]
            : throw new UsageException(Unknown(language, programme, programmes.Select(candidate => candidate.Id)));
    }

    public static string Unknown(MessageLanguage language, string programme, IEnumerable<string> known)
    {
        var list = string.Join(", ", known.Order(StringComparer.Ordinal));
        return list.Length == 0
            ? language.Pick($"programme inconnu « {programme} » : les textes ne déclarent aucun programme.", $"unknown programme '{programme}': the texts declare no programme.")
            : language.Pick($"programme inconnu « {programme} » : choisissez parmi {list}.", $"unknown programme '{programme}': choose among {list}.");
    }
}
