using System.Reflection;
using System.Runtime.CompilerServices;

namespace SunEs.Runtime.Verification;

/// <summary>
/// What generated rules may use of this runtime contract: its public types and their public
/// members, except the host's side (loading assemblies, reading files, verifying), which an
/// engine calls and rules never do.
/// </summary>
internal static class ContractSurface
{
    private static readonly Assembly Contract = typeof(IProgrammeRules).Assembly;

    private static readonly string[] HostOnlyNamespaces = ["SunEs.Runtime.Loading", "SunEs.Runtime.Verification"];

    private static readonly HashSet<Type> HostOnlyTypes = [typeof(LoadedProgrammeRules)];

    /// <summary>The assemblies this contract opens its internals to (its tests): rules may not take one of their names.</summary>
    public static IReadOnlySet<string> FriendAssemblies { get; } = Contract.GetCustomAttributes<InternalsVisibleToAttribute>()
        .Select(attribute => new AssemblyName(attribute.AssemblyName).Name ?? attribute.AssemblyName)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string Name { get; } = Contract.GetName().Name!;

    /// <summary>The public, non-host type of the contract with this metadata name ("Ns.Outer/Inner"), or null.</summary>
    public static Type? FindType(string fullName)
    {
        var type = Contract.GetType(fullName.Replace('/', '+'), throwOnError: false);
        return type is not null && IsVisible(type) && !IsHostOnly(type) ? type : null;
    }

    public static bool HasPublicMember(Type type, string name)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return name == ".ctor"
            ? type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0
            : type.GetMember(name, MemberTypes.Method | MemberTypes.Field, Public).Length > 0
                || (type.BaseType is { } baseType && baseType.Assembly == Contract && HasPublicMember(baseType, name));
    }

    private static bool IsVisible(Type type) => type.IsPublic || (type.IsNestedPublic && type.DeclaringType is { } outer && IsVisible(outer));

    private static bool IsHostOnly(Type type) =>
        HostOnlyTypes.Contains(type) || HostOnlyNamespaces.Any(prefix => type.Namespace == prefix || type.Namespace?.StartsWith(prefix + ".", StringComparison.Ordinal) == true);
}
