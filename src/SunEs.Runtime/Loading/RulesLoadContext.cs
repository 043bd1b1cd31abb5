using System.Reflection;
using System.Runtime.Loader;

namespace SunEs.Runtime;

/// <summary>
/// A collectible load context for one generated rules assembly. It hands the generated code
/// the host's own contract assembly, so the <see cref="IProgrammeRules"/> it implements is
/// the one the host knows; everything else (the framework) comes from the default context.
/// </summary>
internal sealed class RulesLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    private static readonly Assembly Contract = typeof(IProgrammeRules).Assembly;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        string.Equals(assemblyName.Name, Contract.GetName().Name, StringComparison.Ordinal) ? Contract : null;
}
