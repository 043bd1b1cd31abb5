using System.Reflection;

namespace SunEs.Emit;

/// <summary>
/// The version of SunEs (Directory.Build.props, one for every package and tool), without the
/// source revision: stamped into every rules assembly and recorded in build manifests.
/// </summary>
public static class CompilerVersion
{
    /// <summary>The key of the <see cref="AssemblyMetadataAttribute"/> that carries it in a rules assembly.</summary>
    public const string MetadataKey = "SunEs.CompilerVersion";

    public static string Current { get; } =
        typeof(CompilerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(CompilerVersion).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
