namespace SunEs.Runtime.Verification;

/// <summary>
/// The framework types generated rules may name, and for each the members they may use. Only
/// pure computation: decimal arithmetic and rounding, dates, strings, the collection interfaces
/// the contract takes, the exceptions argument checks throw, and the attributes the C# compiler
/// emits. Everything else (files, network, processes, threads, environment, reflection, interop,
/// the garbage collector, floating point) is refused by being absent.
/// </summary>
internal static class FrameworkAllowList
{
    /// <summary>Every member of the type may be used: the type is pure (values, no side effects).</summary>
    private static readonly string[] AllMembers = ["*"];

    /// <summary>The type may appear in signatures and attributes, but none of its members may be called.</summary>
    private static readonly string[] TypeOnly = [];

    private static readonly Dictionary<string, string[]> Members = new(StringComparer.Ordinal)
    {
        ["System.Object"] = [".ctor", "Equals", "GetHashCode", "ToString"],
        ["System.ValueType"] = ["Equals", "GetHashCode", "ToString"],
        ["System.Enum"] = ["Equals", "GetHashCode", "ToString", "HasFlag", "CompareTo"],
        ["System.Attribute"] = [".ctor"],
        ["System.String"] = AllMembers,
        ["System.Decimal"] = AllMembers,
        ["System.Boolean"] = AllMembers,
        ["System.Char"] = AllMembers,
        ["System.Int32"] = AllMembers,
        ["System.Int64"] = AllMembers,
        ["System.DateOnly"] = AllMembers,
        ["System.DayOfWeek"] = AllMembers,
        ["System.Nullable`1"] = AllMembers,
        ["System.MidpointRounding"] = AllMembers,
        ["System.Math"] = ["Round", "Floor", "Ceiling", "Truncate", "Abs", "Min", "Max", "Sign", "Clamp"],
        ["System.IEquatable`1"] = AllMembers,
        ["System.IComparable`1"] = AllMembers,
        ["System.IDisposable"] = ["Dispose"],
        ["System.Func`1"] = [".ctor", "Invoke"],
        ["System.Func`2"] = [".ctor", "Invoke"],
        ["System.Func`3"] = [".ctor", "Invoke"],
        ["System.Action`1"] = [".ctor", "Invoke"],
        ["System.ReadOnlySpan`1"] = AllMembers,
        ["System.Span`1"] = AllMembers,
        ["System.Array"] = ["Empty", "get_Length"],
        ["System.Type"] = TypeOnly,
        ["System.RuntimeTypeHandle"] = TypeOnly,
        ["System.RuntimeFieldHandle"] = TypeOnly,
        ["System.Exception"] = [".ctor", "get_Message"],
        ["System.ArgumentException"] = [".ctor", "ThrowIfNullOrEmpty", "ThrowIfNullOrWhiteSpace"],
        ["System.ArgumentNullException"] = [".ctor", "ThrowIfNull"],
        ["System.ArgumentOutOfRangeException"] = [".ctor", "ThrowIfNegative", "ThrowIfGreaterThan", "ThrowIfLessThan"],
        ["System.InvalidOperationException"] = [".ctor"],
        ["System.OverflowException"] = [".ctor"],
        ["System.DivideByZeroException"] = [".ctor"],
        ["System.NotSupportedException"] = [".ctor"],
        ["System.Collections.IEnumerable"] = AllMembers,
        ["System.Collections.IEnumerator"] = AllMembers,
        ["System.Collections.Generic.IEnumerable`1"] = AllMembers,
        ["System.Collections.Generic.IEnumerator`1"] = AllMembers,
        ["System.Collections.Generic.IReadOnlyCollection`1"] = AllMembers,
        ["System.Collections.Generic.IReadOnlyList`1"] = AllMembers,
        ["System.Collections.Generic.IReadOnlyDictionary`2"] = AllMembers,
        ["System.Collections.Generic.ICollection`1"] = AllMembers,
        ["System.Collections.Generic.IList`1"] = AllMembers,
        ["System.Collections.Generic.KeyValuePair`2"] = AllMembers,
        ["System.Collections.Generic.List`1"] = AllMembers,
        ["System.Collections.Generic.Dictionary`2"] = AllMembers,
        ["System.Reflection.AssemblyMetadataAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.CompilationRelaxationsAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.RuntimeCompatibilityAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.CompilerGeneratedAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.ExtensionAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.DecimalConstantAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.MethodImplAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.RefSafetyRulesAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.NullableAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.NullableContextAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.IsReadOnlyAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.ScopedRefAttribute"] = [".ctor"],
        ["System.Runtime.CompilerServices.MethodImplOptions"] = AllMembers,
        ["System.Runtime.CompilerServices.IsExternalInit"] = TypeOnly,
        ["System.Runtime.CompilerServices.IsVolatile"] = TypeOnly,
        ["System.Runtime.CompilerServices.IsConst"] = TypeOnly,
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = ["InitializeArray", "CreateSpan"],
        ["System.Runtime.InteropServices.InAttribute"] = TypeOnly,
        ["System.Diagnostics.DebuggableAttribute"] = [".ctor"],
        ["System.Diagnostics.DebuggableAttribute/DebuggingModes"] = AllMembers,
        ["System.Diagnostics.DebuggerHiddenAttribute"] = [".ctor"],
        ["System.Diagnostics.DebuggerStepThroughAttribute"] = [".ctor"],
        ["System.Diagnostics.DebuggerBrowsableAttribute"] = [".ctor"],
        ["System.Diagnostics.DebuggerBrowsableState"] = AllMembers,
    };

    /// <summary>Attributes the C# compiler declares inside the assembly it compiles when the framework lacks them.</summary>
    private static readonly HashSet<string> EmbeddedCompilerAttributes = new(StringComparer.Ordinal)
    {
        "Microsoft.CodeAnalysis.EmbeddedAttribute",
        "System.Runtime.CompilerServices.NullableAttribute",
        "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute",
        "System.Runtime.CompilerServices.ScopedRefAttribute",
    };

    /// <summary>Why a family of framework namespaces is refused, to say so in the message.</summary>
    private static readonly (string Prefix, BilingualText Why)[] Families =
    [
        ("System.IO", new("accès aux fichiers", "file access")),
        ("System.Net", new("accès au réseau", "network access")),
        ("System.Diagnostics", new("processus et diagnostics", "processes and diagnostics")),
        ("System.Threading", new("fils d'exécution et attente", "threads and waiting")),
        ("System.Reflection", new("réflexion", "reflection")),
        ("System.Runtime.InteropServices", new("interopérabilité native", "native interop")),
        ("System.Runtime.Loader", new("chargement d'assemblages", "assembly loading")),
        ("System.Security", new("sécurité et cryptographie", "security and cryptography")),
        ("System.Environment", new("environnement du processus", "process environment")),
        ("System.AppDomain", new("environnement du processus", "process environment")),
        ("System.AppContext", new("environnement du processus", "process environment")),
        ("System.GC", new("ramasse-miettes", "garbage collector")),
        ("System.Activator", new("réflexion", "reflection")),
        ("System.Console", new("console", "console")),
        ("System.DateTime", new("horloge", "clock")),
        ("System.TimeProvider", new("horloge", "clock")),
        ("System.Random", new("hasard", "randomness")),
        ("System.Double", new("virgule flottante (les montants sont décimaux)", "floating point (amounts are decimal)")),
        ("System.Single", new("virgule flottante (les montants sont décimaux)", "floating point (amounts are decimal)")),
    ];

    public static bool IsAllowedType(string fullName) => Members.ContainsKey(fullName);

    public static bool IsAllowedMember(string typeFullName, string member) =>
        Members.TryGetValue(typeFullName, out var members) && (ReferenceEquals(members, AllMembers) || members.Contains(member, StringComparer.Ordinal));

    public static bool IsEmbeddedCompilerAttribute(string fullName) => EmbeddedCompilerAttributes.Contains(fullName);

    /// <summary>What the refused API would give access to, when it belongs to a known family.</summary>
    public static BilingualText? FamilyOf(string fullName) =>
        Families.FirstOrDefault(family => fullName == family.Prefix || fullName.StartsWith(family.Prefix + ".", StringComparison.Ordinal)
            || fullName.StartsWith(family.Prefix + "/", StringComparison.Ordinal) || fullName.StartsWith(family.Prefix + "`", StringComparison.Ordinal)).Why;
}
