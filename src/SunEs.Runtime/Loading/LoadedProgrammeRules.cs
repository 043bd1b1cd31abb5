using System.Reflection;
using System.Runtime.CompilerServices;

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
