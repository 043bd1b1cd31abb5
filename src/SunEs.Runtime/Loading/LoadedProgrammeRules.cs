using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SunEs.Runtime.Loading;
using SunEs.Runtime.Verification;

namespace SunEs.Runtime;

/// <summary>
/// A generated rules assembly loaded in its own collectible context. <see cref="Unload"/>
/// (or <see cref="Dispose"/>) lets the runtime reclaim it once no rules object, delegate or
/// type from it is referenced any more; decisions and candidacies are contract types and do
/// not keep it alive.
/// </summary>
public sealed class LoadedProgrammeRules : IDisposable
{
    private RulesLoadContext? _context;
    private IProgrammeRules? _rules;

    private LoadedProgrammeRules(RulesLoadContext context, IProgrammeRules rules)
    {
        _context = context;
        _rules = rules;
        Context = new WeakReference(context);
    }

    /// <summary>The loaded rules; throws after <see cref="Unload"/>.</summary>
    public IProgrammeRules Rules => _rules ?? throw new ObjectDisposedException(nameof(LoadedProgrammeRules));

    /// <summary>Tracks the load context: dead once unloading has finished.</summary>
    public WeakReference Context { get; }

    /// <summary>
    /// Loads an assembly image, with its portable PDB so stack traces point into the instructions.
    /// The image is verified first, then loaded, instantiated and every method of it compiled, so
    /// that an image the verifier lets through but the runtime cannot run (a damaged method body, a
    /// type initializer that fails) is refused here rather than in the middle of a batch: either way
    /// an <see cref="AssemblyRefusedException"/>.
    /// </summary>
    public static LoadedProgrammeRules FromBytes(byte[] assembly, byte[]? pdb = null, string name = "SunEs.Rules")
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var verification = AssemblyVerifier.Verify(assembly);
        if (!verification.IsValid)
        {
            throw new AssemblyRefusedException(verification);
        }

        var context = new RulesLoadContext(name);
        try
        {
            using var image = new MemoryStream(assembly, writable: false);
            using var symbols = pdb is null ? null : new MemoryStream(pdb, writable: false);
            var loaded = context.LoadFromStream(image, symbols);
            var rules = Instantiate(loaded);
            _ = (rules.Programme, rules.Schema);
            CompileEveryMethod(loaded);
            return new LoadedProgrammeRules(context, rules);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The image's own code ran (its constructor, its type initializers, the JIT on its bodies): whatever it throws, the image is refused.
            context.Unload();
            throw new AssemblyRefusedException(new AssemblyVerification(verification.AssemblyName, [new VerificationViolation(VerificationRule.MalformedImage, "image",
                new BilingualText($"l'assemblage ne se charge pas ({exception.GetType().Name} : {exception.Message}).", $"the assembly does not load ({exception.GetType().Name}: {exception.Message})."))]));
        }
    }

    /// <summary>
    /// Loads a rules DLL from disk, with the PDB beside it when there is one. The files are read,
    /// not locked; one that is not a regular file, or too large, is an <see cref="IOException"/>.
    /// Nothing checks that the DLL is the one a build wrote: prefer <see cref="FromBuildDirectory"/>.
    /// </summary>
    public static LoadedProgrammeRules FromFile(string path)
    {
        var pdbPath = Path.ChangeExtension(path, ".pdb");
        return FromBytes(BuildFile.Read(path), File.Exists(pdbPath) ? BuildFile.Read(pdbPath) : null, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>
    /// Loads a programme from a directory written by <c>sunes build</c>: the assembly its
    /// <see cref="BuildManifest"/> lists for <paramref name="programme"/> (or the only one). It is
    /// refused with a <see cref="BuildDirectoryException"/> when the DLL or its PDB does not have the
    /// SHA-256 the manifest records, or when the assembly says it was compiled from other texts or for
    /// another programme than the manifest records (a manifest rewritten for another build's DLL), so
    /// an engine never runs a DLL other than the one built.
    /// </summary>
    public static LoadedProgrammeRules FromBuildDirectory(string directory, string? programme = null)
    {
        var manifest = BuildManifest.ReadFrom(directory);
        var entry = manifest.Find(programme, directory);
        var assembly = ReadChecked(directory, entry.File, entry.Sha256, "l'assemblage", "the assembly");
        var pdb = ReadChecked(directory, entry.Pdb, entry.PdbSha256, "le PDB", "the PDB");
        var loaded = FromBytes(assembly, pdb, Path.GetFileNameWithoutExtension(entry.File));
        if (Disagreement(loaded.Rules.Programme, entry) is { } disagreement)
        {
            loaded.Unload();
            throw new BuildDirectoryException(directory, new BilingualText(
                $"« {directory} » : {entry.File} ne correspond pas à son manifeste ({disagreement.French}) : refusé. Refaites le build.",
                $"'{directory}': {entry.File} does not match its manifest ({disagreement.English}): refused. Build again."));
        }

        return loaded;
    }

    /// <summary>Starts unloading. The context is collected at a later garbage collection, once nothing references its code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Unload()
    {
        _rules = null;
        _context?.Unload();
        _context = null;
    }

    public void Dispose() => Unload();

    private static byte[] ReadChecked(string directory, string file, string sha256, string whatFr, string whatEn)
    {
        byte[] bytes;
        try
        {
            bytes = BuildFile.Read(Path.Combine(directory, file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BuildDirectoryException(directory, new BilingualText(
                $"« {directory} » : lecture de {file} impossible ({exception.Message}) : refaites le build.",
                $"'{directory}': cannot read {file} ({exception.Message}): build again."));
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase)
            ? bytes
            : throw new BuildDirectoryException(directory, new BilingualText(
                $"« {directory} » : {file} n'est pas {whatFr} écrit par le build (SHA-256 {actual}, le manifeste attend {sha256}) : refusé. Refaites le build.",
                $"'{directory}': {file} is not {whatEn} the build wrote (SHA-256 {actual}, the manifest expects {sha256}): refused. Build again."));
    }

    /// <summary>What the assembly says of itself against what the manifest says of it: the programme, and each instruction with the hash of its text.</summary>
    private static BilingualText? Disagreement(ProgrammeInfo programme, ManifestAssembly entry)
    {
        if (programme.Id != entry.Programme)
        {
            return new($"programme {programme.Id}, le manifeste dit {entry.Programme}", $"programme {programme.Id}, the manifest says {entry.Programme}");
        }

        var compiled = programme.Instructions.Select(instruction => (instruction.Number, instruction.SourceSha256)).ToHashSet();
        var listed = entry.Instructions.Select(instruction => (Number: instruction.Id, instruction.SourceSha256)).ToHashSet();
        if (compiled.SetEquals(listed))
        {
            return null;
        }

        var first = compiled.Except(listed).Concat(listed.Except(compiled)).OrderBy(instruction => instruction.Number, StringComparer.Ordinal).First();
        return new($"l'instruction {first.Number} n'a pas le même texte (SHA-256) dans l'assemblage et dans le manifeste",
            $"instruction {first.Number} does not have the same text (SHA-256) in the assembly and in the manifest");
    }

    private static IProgrammeRules Instantiate(Assembly assembly)
    {
        var type = assembly.GetCustomAttribute<ProgrammeRulesAttribute>()?.RulesType
            ?? assembly.GetExportedTypes().FirstOrDefault(candidate => typeof(IProgrammeRules).IsAssignableFrom(candidate) && !candidate.IsAbstract)
            ?? throw new InvalidOperationException($"Assembly '{assembly.GetName().Name}' contains no implementation of {nameof(IProgrammeRules)}.");
        return (IProgrammeRules)(Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"Type '{type.FullName}' could not be created."));
    }

    /// <summary>Compiles every method now: a body the JIT rejects fails the load, not a candidacy later.</summary>
    private static void CompileEveryMethod(Assembly assembly)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(type => !type.ContainsGenericParameters))
        {
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                if (!method.IsAbstract && !method.ContainsGenericParameters && method.GetMethodBody() is not null)
                {
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
                }
            }
        }
    }
}
