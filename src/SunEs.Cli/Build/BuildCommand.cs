using System.CommandLine;
using System.Text;
using SunEs.Cli.Compiling;
using SunEs.Cli.Diagnostics;
using SunEs.Cli.Input;
using SunEs.Diagnostics;
using SunEs.Runtime.Loading;
using SunEs.Semantics;

namespace SunEs.Cli.Build;

/// <summary>
/// <c>sunes build [paths…] -o DIR</c>: compiles every programme of the texts to a DLL and its PDB
/// and writes them, with <c>sunes-manifest.json</c>, into DIR all at once. A text with an error
/// prints its diagnostics as <c>check</c> does and nothing is written.
/// </summary>
internal static class BuildCommand
{
    public const string Name = "build";

    public static Command Create(CliContext context, MessageLanguage language, Option<string> languageOption)
    {
        var paths = CommandLineOptions.Paths(language);
        var output = new Option<string>("--output", "-o")
        {
            Description = language.Pick(
                "Dossier où écrire les assemblages, leurs PDB et sunes-manifest.json (remplacé d'un coup s'il contient déjà un build).",
                "Folder to write the assemblies, their PDBs and sunes-manifest.json to (replaced at once if it already holds a build)."),
            HelpName = language.Pick("DOSSIER", "FOLDER"),
            Required = true,
        };
        var command = new Command(Name, language.Pick(
            "Compile les programmes des textes en assemblages .NET (DLL + PDB) et écrit le manifeste du build. Code de sortie : 0 si le build est écrit, 1 si un texte a une erreur (rien n'est écrit), 2 si la commande ou un chemin est incorrect, 3 en cas d'erreur interne du compilateur.",
            "Compiles the texts' programmes to .NET assemblies (DLL + PDB) and writes the build manifest. Exit code: 0 when the build is written, 1 if a text has an error (nothing is written), 2 if the command or a path is wrong, 3 on an internal compiler error."))
        {
            paths,
            output,
        };
        command.SetAction(parseResult => Run(context, CommandLineOptions.ParseLanguage(parseResult.GetValue(languageOption)),
            parseResult.GetValue(paths) ?? [], parseResult.GetValue(output)!));
        return command;
    }

    public static int Run(CliContext context, MessageLanguage language, IReadOnlyList<string> paths, string output, Action<string>? beforeEachFile = null) =>
        CommandRunner.Run(context, language, $"sunes {Name}", () =>
        {
            var target = Path.GetFullPath(output, context.WorkingDirectory);
            BuildDirectoryWriter.CheckTarget(target, output, language);
            var texts = InputFiles.Load(paths, context.WorkingDirectory, language);
            var compilation = Compilation.Parse(texts);
            // Warnings too, so that a build (and MSBuild through SunEs.Build) reports them.
            if (compilation.Diagnostics.Count > 0)
            {
                new TextDiagnosticFormatter().Write(compilation.Diagnostics, context.Out, language);
            }

            if (compilation.HasErrors)
            {
                return ExitCodes.TextErrors;
            }

            var results = ProgrammeEmits.EmitAll(compilation, context.Out, language);
            if (results is null)
            {
                return ExitCodes.InternalError;
            }

            var manifest = ManifestFactory.Create(compilation, results, BuildDirectoryWriter.FinalTarget(target), context.WorkingDirectory);
            var files = results.SelectMany(result => new[] { (result.AssemblyName + ".dll", result.Assembly!), (result.AssemblyName + ".pdb", result.Pdb!) })
                .Append((BuildManifest.FileName, Encoding.UTF8.GetBytes(manifest.ToJson())))
                .ToList();
            BuildDirectoryWriter.Write(target, files, output, language, context.Error, beforeEachFile);

            var folder = output.Replace('\\', '/').TrimEnd('/');
            foreach (var assembly in manifest.Assemblies)
            {
                context.Out.WriteLine(language.Pick(
                    $"{folder}/{assembly.File} : programme {assembly.Programme}, {language.Count(assembly.Instructions.Count, "instruction", "instructions", "instruction", "instructions")}",
                    $"{folder}/{assembly.File}: programme {assembly.Programme}, {language.Count(assembly.Instructions.Count, "instruction", "instructions", "instruction", "instructions")}"));
            }

            context.Out.WriteLine(language.Pick($"{folder}/{BuildManifest.FileName} écrit.", $"{folder}/{BuildManifest.FileName} written."));
            return ExitCodes.Success;
        });
}
