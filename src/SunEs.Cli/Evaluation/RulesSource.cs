using SunEs.Diagnostics;
using SunEs.Runtime;
using SunEs.Runtime.Loading;
using SunEs.Runtime.Verification;

namespace SunEs.Cli.Evaluation;

/// <summary>Loads the rules to evaluate with: a DLL given by <c>--assembly</c>, or a build directory given by <c>--from</c> (its manifest's SHA-256 checked).</summary>
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
                return LoadedProgrammeRules.FromBuildDirectory(Path.GetFullPath(buildDirectory, context.WorkingDirectory), programme);
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

        try
        {
            return LoadedProgrammeRules.FromFile(path);
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
