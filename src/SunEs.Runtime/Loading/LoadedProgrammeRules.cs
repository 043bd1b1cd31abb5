using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SunEs.Runtime.Loading;

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
    /// The image is verified first: <see cref="Verification.AssemblyRefusedException"/> when it could do more than compute rules.
    /// </summary>
    public static LoadedProgrammeRules FromBytes(byte[] assembly, byte[]? pdb = null, string name = "SunEs.Rules")
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Verification.AssemblyVerifier.EnsureVerified(assembly);
        var context = new RulesLoadContext(name);
        try
        {
            using var image = new MemoryStream(assembly, writable: false);
            using var symbols = pdb is null ? null : new MemoryStream(pdb, writable: false);
            return new LoadedProgrammeRules(context, Instantiate(context.LoadFromStream(image, symbols)));
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Loads a rules DLL from disk, with the PDB beside it when there is one. The file is read, not locked.</summary>
    public static LoadedProgrammeRules FromFile(string path)
    {
        var pdbPath = Path.ChangeExtension(path, ".pdb");
        return FromBytes(File.ReadAllBytes(path), File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>
    /// Loads a programme from a directory written by <c>sunes build</c>: the assembly its
    /// <see cref="BuildManifest"/> lists for <paramref name="programme"/> (or the only one), refused
    /// with a <see cref="BuildDirectoryException"/> when its bytes do not have the SHA-256 the
    /// manifest records, so an engine never runs a DLL other than the one built.
    /// </summary>
    public static LoadedProgrammeRules FromBuildDirectory(string directory, string? programme = null)
    {
        var manifest = BuildManifest.ReadFrom(directory);
        var entry = manifest.Find(programme, directory);
        var path = Path.Combine(directory, entry.File);
        byte[] assembly;
        try
        {
            assembly = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new BuildDirectoryException(directory, new BilingualText(
                $"« {directory} » : lecture de {entry.File} impossible ({exception.Message}) : refaites le build.",
                $"'{directory}': cannot read {entry.File} ({exception.Message}): build again."));
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(assembly));
        if (!string.Equals(actual, entry.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BuildDirectoryException(directory, new BilingualText(
                $"« {directory} » : {entry.File} n'est pas l'assemblage écrit par le build (SHA-256 {actual}, le manifeste attend {entry.Sha256}) : refusé. Refaites le build.",
                $"'{directory}': {entry.File} is not the assembly the build wrote (SHA-256 {actual}, the manifest expects {entry.Sha256}): refused. Build again."));
        }

        var pdbPath = Path.Combine(directory, entry.Pdb);
        return FromBytes(assembly, File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null, Path.GetFileNameWithoutExtension(entry.File));
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

    private static IProgrammeRules Instantiate(Assembly assembly)
    {
        var type = assembly.GetCustomAttribute<ProgrammeRulesAttribute>()?.RulesType
            ?? assembly.GetExportedTypes().FirstOrDefault(candidate => typeof(IProgrammeRules).IsAssignableFrom(candidate) && !candidate.IsAbstract)
            ?? throw new InvalidOperationException($"Assembly '{assembly.GetName().Name}' contains no implementation of {nameof(IProgrammeRules)}.");
        return (IProgrammeRules)(Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"Type '{type.FullName}' could not be created."));
    }
}
