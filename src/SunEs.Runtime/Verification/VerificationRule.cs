namespace SunEs.Runtime.Verification;

/// <summary>Which rule of <see cref="AssemblyVerifier"/> an assembly breaks.</summary>
public enum VerificationRule
{
    /// <summary>The bytes are not a readable .NET assembly.</summary>
    MalformedImage,

    /// <summary>The image holds native code or is not a plain library: mixed-mode, an entry point, several files.</summary>
    NotPureLibrary,

    /// <summary>It references an assembly other than the runtime contract and the framework's core.</summary>
    AssemblyReference,

    /// <summary>It calls native code: P/Invoke (DllImport, ImplMap), module references, internal calls.</summary>
    NativeCode,

    /// <summary>It uses unsafe code: pointers, function pointers, pinned locals, unverifiable IL instructions.</summary>
    UnsafeCode,

    /// <summary>It uses a type or member outside the allow-list (I/O, network, process, threading, reflection…).</summary>
    ForbiddenApi,

    /// <summary>It declares what could widen its own rights: framework-namespace types, access-check bypasses, declarative security.</summary>
    ForbiddenDeclaration,
}
