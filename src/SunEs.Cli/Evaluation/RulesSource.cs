using SunEs.Diagnostics;
using SunEs.Runtime;
using SunEs.Runtime.Loading;
using SunEs.Runtime.Verification;

namespace SunEs.Cli.Evaluation;

/// <summary>
/// Loads the rules to evaluate with: a DLL given by <c>--assembly</c>, or a build directory given by
/// <c>--from</c> (its manifest's SHA-256 checked) whose only programme, or the one <c>--programme</c>
/// names, is evaluated.
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

        if (buildDirectory is not null)
        {
            try
            {
                var directory = Path.GetFullPath(buildDirectory, context.WorkingDirectory);
                if (programme is null && BuildManifest.ReadFrom(directory).Assemblies is { Count: > 1 } several)
                {
                    var known = string.Join(", ", several.Select(assembly => assembly.Programme).Order(StringComparer.Ordinal));
                    throw new UsageException(language.Pick(
                        $"« {buildDirectory} » contient plusieurs programmes ({known}) : indiquez lequel évaluer avec --programme.",
                        $"'{buildDirectory}' holds several programmes ({known}): say which one to evaluate with --programme."));
                }

                return LoadedProgrammeRules.FromBuildDirectory(directory, programme);
            }
            catch (BuildDirectoryException exception)
            {
                throw new UsageException(exception.Text.In(language == MessageLanguage.English));
            }
            catch (AssemblyRefusedException exception)
            {
                throw Refused(buildDirectory, exception, language);
            }
        }

        var path = Path.GetFullPath(assembly!, context.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new UsageException(language.Pick($"assemblage introuvable « {assembly} » : indiquez la DLL écrite par « sunes build ».", $"assembly not found '{assembly}': give the DLL written by 'sunes build'."));
        }

        LoadedProgrammeRules loaded;
        try
        {
            loaded = LoadedProgrammeRules.FromFile(path);
        }
        catch (AssemblyRefusedException exception)
        {
            throw Refused(assembly!, exception, language);
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or IOException or FileLoadException)
        {
            throw new UsageException(language.Pick(
                $"« {assembly} » n'est pas un assemblage de règles SunEs ({exception.Message}) : indiquez la DLL écrite par « sunes build ».",
                $"'{assembly}' is not a SunEs rules assembly ({exception.Message}): give the DLL written by 'sunes build'."));
        }

        if (programme is not null && loaded.Rules.Programme.Id != programme)
        {
            var actual = loaded.Rules.Programme.Id;
            loaded.Dispose();
            throw new UsageException(language.Pick(
                $"« {assembly} » contient les règles du programme « {actual} », pas « {programme} » : retirez --programme ou indiquez la DLL de « {programme} ».",
                $"'{assembly}' holds the rules of programme '{actual}', not '{programme}': remove --programme or give the DLL of '{programme}'."));
        }

        return loaded;
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
