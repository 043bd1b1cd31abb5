using SunEs.Diagnostics;
using SunEs.Runtime;
using SunEs.Runtime.Loading;
using SunEs.Runtime.Verification;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Loads the rules to evaluate with, always from a build folder checked against its manifest: the
/// one given by <c>--from</c> (its only programme, or the one <c>--programme</c> names), or the one
/// the DLL given by <c>--assembly</c> sits in. A DLL without its manifest, or one the manifest does
/// not list, cannot be told from a tampered one and is refused.
/// </summary>
internal static class RulesSource
{
    public static LoadedProgrammeRules Load(string? assembly, string? buildDirectory, string? programme, CliContext context, MessageLanguage language)
    {
        if ((assembly is null) == (buildDirectory is null))
        {
            throw new UsageException(language.Pick(
                "indiquez les règles avec --assembly FICHIER.dll ou --from DOSSIER (écrit par « sunes build »), l'un ou l'autre.",
                "give the rules with --assembly FILE.dll or --from FOLDER (written by 'sunes build'), one or the other."));
        }

        var (folder, shown) = buildDirectory is not null
            ? (Path.GetFullPath(buildDirectory, context.WorkingDirectory), buildDirectory)
            : (Path.GetDirectoryName(Path.GetFullPath(assembly!, context.WorkingDirectory))!, assembly!);
        try
        {
            return LoadedProgrammeRules.FromBuildDirectory(folder, assembly is null ? ProgrammeOfFolder(folder, shown, programme, language) : ProgrammeOf(assembly, folder, programme, context, language));
        }
        catch (BuildDirectoryException exception)
        {
            throw new UsageException(exception.Text.In(language == MessageLanguage.English));
        }
        catch (AssemblyRefusedException exception)
        {
            throw Refused(shown, exception, language);
        }
    }

    /// <summary>The programme to evaluate in a build folder: the one asked for, or its only one.</summary>
    private static string? ProgrammeOfFolder(string folder, string shown, string? programme, MessageLanguage language)
    {
        if (programme is null && File.Exists(Path.Combine(folder, BuildManifest.FileName)) && BuildManifest.ReadFrom(folder).Assemblies is { Count: > 1 } several)
        {
            var known = string.Join(", ", several.Select(assembly => assembly.Programme).Order(StringComparer.Ordinal));
            throw new UsageException(language.Pick(
                $"« {shown} » contient plusieurs programmes ({known}) : indiquez lequel évaluer avec --programme.",
                $"'{shown}' holds several programmes ({known}): say which one to evaluate with --programme."));
        }

        return programme;
    }

    /// <summary>The programme the manifest beside the DLL records for it, which must be the one asked for, if any.</summary>
    private static string ProgrammeOf(string assembly, string folder, string? programme, CliContext context, MessageLanguage language)
    {
        var path = Path.GetFullPath(assembly, context.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new UsageException(language.Pick($"assemblage introuvable « {assembly} » : indiquez la DLL écrite par « sunes build ».", $"assembly not found '{assembly}': give the DLL written by 'sunes build'."));
        }

        if (!File.Exists(Path.Combine(folder, BuildManifest.FileName)))
        {
            throw new UsageException(language.Pick(
                $"« {assembly} » n'a pas de {BuildManifest.FileName} à côté : rien ne dit que c'est la DLL écrite par « sunes build ». Indiquez la DLL dans son dossier de build, ou le dossier avec --from.",
                $"'{assembly}' has no {BuildManifest.FileName} beside it: nothing says it is the DLL 'sunes build' wrote. Give the DLL in its build folder, or the folder with --from."));
        }

        var file = Path.GetFileName(path);
        var actual = BuildManifest.ReadFrom(folder).Assemblies.FirstOrDefault(entry => entry.File == file)?.Programme
            ?? throw new UsageException(language.Pick(
                $"« {assembly} » n'est pas listé dans le {BuildManifest.FileName} de son dossier : indiquez une DLL écrite par « sunes build ».",
                $"'{assembly}' is not listed in the {BuildManifest.FileName} of its folder: give a DLL written by 'sunes build'."));
        if (programme is not null && actual != programme)
        {
            throw new UsageException(language.Pick(
                $"« {assembly} » contient les règles du programme « {actual} », pas « {programme} » : retirez --programme ou indiquez la DLL de « {programme} ».",
                $"'{assembly}' holds the rules of programme '{actual}', not '{programme}': remove --programme or give the DLL of '{programme}'."));
        }

        return actual;
    }

    private static UsageException Refused(string source, AssemblyRefusedException exception, MessageLanguage language)
    {
        var reasons = string.Join("; ", exception.Verification.Violations.Take(3).Select(violation =>
            $"{violation.Subject}{language.Pick(" : ", ": ")}{(language == MessageLanguage.English ? violation.Message.English : violation.Message.French)}"));
        return new UsageException(language.Pick(
            $"« {source} » n'est pas un assemblage de règles SunEs accepté ({reasons}) : indiquez la DLL écrite par « sunes build ».",
            $"'{source}' is not an accepted SunEs rules assembly ({reasons}): give the DLL written by 'sunes build'."));
    }
}
