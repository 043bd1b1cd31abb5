using SunEs.Emit;
using SunEs.Runtime;
using SunEs.Semantics;
using SunEs.Text;

namespace SunEs.Interpretation.Tests.Support;

/// <summary>The real instructions of the repository ("instructions/2023-28.sunes"…), as written or with one edit.</summary>
internal static class Corpus
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The corpus texts; <paramref name="edit"/> may change the content of one (path, content → content).</summary>
    public static IReadOnlyList<SourceText> Texts(Func<string, string, string>? edit = null) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "instructions"), "*.sunes")
            .Order(StringComparer.Ordinal)
            .Select(file => "instructions/" + Path.GetFileName(file))
            .Select(path => new SourceText(path, Edit(path, File.ReadAllText(Path.Combine(RepositoryRoot, path)), edit)))
            .ToList();

    public static Compilation Compile(Func<string, string, string>? edit = null) => Compilation.Parse(Texts(edit));

    /// <summary>The texts of another folder of the repository (a fixture), as written.</summary>
    public static Compilation CompileFolder(string folder) =>
        Compilation.Parse(Directory.GetFiles(Path.Combine(RepositoryRoot, folder), "*.sunes")
            .Order(StringComparer.Ordinal)
            .Select(file => new SourceText(folder + "/" + Path.GetFileName(file), File.ReadAllText(file))));

    /// <summary>Emits the texts with Roslyn and loads the assembly in its own collectible context.</summary>
    public static LoadedProgrammeRules EmitAndLoad(Compilation compilation)
    {
        var result = RulesEmitter.Emit(compilation);
        if (!result.Success)
        {
            throw new InvalidOperationException("The texts did not emit: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return LoadedProgrammeRules.FromBytes(result.Assembly!, result.Pdb, result.AssemblyName);
    }

    private static string Edit(string path, string content, Func<string, string, string>? edit) => edit is null ? content : edit(path, content);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SunEs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (SunEs.sln) not found above " + AppContext.BaseDirectory);
    }
}
