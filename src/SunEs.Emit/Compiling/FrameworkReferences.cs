using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace SunEs.Emit.Compiling;

/// <summary>
/// The framework assemblies generated code compiles against: the reference assemblies of the
/// targeting pack matching the running framework when the SDK is installed (stable metadata,
/// the way the SDK compiles), else the running framework's own trusted platform assemblies.
/// </summary>
internal static class FrameworkReferences
{
    /// <summary>Only what generated code uses: decimal, DateOnly, string, Type, exceptions, MethodImpl.</summary>
    private static readonly string[] Needed = ["System.Runtime.dll"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> Cached = new(Find);

    public static IReadOnlyList<MetadataReference> All => Cached.Value;

    private static IReadOnlyList<MetadataReference> Find()
    {
        var paths = FromTargetingPack() ?? FromTrustedPlatformAssemblies();
        return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    }

    private static IReadOnlyList<string>? FromTargetingPack()
    {
        // shared/Microsoft.NETCore.App/<version>/ → packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var version = Environment.Version;
        var framework = $"net{version.Major}.{version.Minor}";
        var candidates = Directory.GetDirectories(packs)
            .Select(directory => (Directory: directory, Version: Version.TryParse(Path.GetFileName(directory).Split('-')[0], out var parsed) ? parsed : null))
            .Where(pack => pack.Version is { } packVersion && packVersion.Major == version.Major && packVersion.Minor == version.Minor)
            .OrderByDescending(pack => pack.Version == new Version(version.Major, version.Minor, version.Build))
            .ThenByDescending(pack => pack.Version)
            .Select(pack => Path.Combine(pack.Directory, "ref", framework));
        foreach (var directory in candidates)
        {
            var paths = Needed.Select(name => Path.Combine(directory, name)).ToList();
            if (paths.All(File.Exists))
            {
                return paths;
            }
        }

        return null;
    }

    private static IReadOnlyList<string> FromTrustedPlatformAssemblies()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var wanted = Needed.Append("System.Private.CoreLib.dll").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return trusted.Where(path => wanted.Contains(Path.GetFileName(path))).Order(StringComparer.Ordinal).ToList();
    }
}
