using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace SunEs.Runtime.Verification;

/// <summary>
/// Reads a rules assembly's metadata and IL (never loading it) and refuses anything that could
/// do more than compute: references to assemblies other than this contract and the framework's
/// core, types or members outside the allow-lists (so no I/O, network, process, threading,
/// environment, reflection, interop or GC APIs), native code (P/Invoke, internal calls, mixed
/// mode), unsafe code (pointers, function pointers, pinned locals, unverifiable instructions),
/// and declarations that would widen the assembly's own rights. The compiler runs it after every
/// emit; the loader runs it again before loading, since an engine may be handed a tampered file.
/// </summary>
public static class AssemblyVerifier
{
    /// <summary>The framework assemblies rules may reference: the reference facade, or the core it forwards to.</summary>
    private static readonly HashSet<string> FrameworkAssemblies = new(StringComparer.OrdinalIgnoreCase) { "System.Runtime", "System.Private.CoreLib" };

    public static AssemblyVerification Verify(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var violations = new List<VerificationViolation>();
        var name = "?";
        if (!ImageChecksum.Matches(image))
        {
            violations.Add(new(VerificationRule.MalformedImage, "image",
                new("l'image est endommagée : sa somme de contrôle n'est pas celle qu'a écrite le compilateur de SunEs.",
                    "the image is damaged: its checksum is not the one the SunEs compiler wrote.")));
            return new AssemblyVerification(name, violations);
        }

        try
        {
            using var pe = new PEReader(new MemoryStream(image, writable: false));
            name = Inspect(pe, violations);
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            violations.Add(new(VerificationRule.MalformedImage, "image",
                new($"ce n'est pas un assemblage .NET lisible ({exception.Message}).", $"not a readable .NET assembly ({exception.Message}).")));
        }

        return new AssemblyVerification(name, violations);
    }

    /// <summary>Throws <see cref="AssemblyRefusedException"/> with every reason when the image breaks a rule.</summary>
    public static void EnsureVerified(byte[] image)
    {
        var verification = Verify(image);
        if (!verification.IsValid)
        {
            throw new AssemblyRefusedException(verification);
        }
    }

    private static string Inspect(PEReader pe, List<VerificationViolation> violations)
    {
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("No .NET metadata.");
        }

        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            throw new BadImageFormatException("A module without an assembly manifest.");
        }

        var name = reader.GetString(reader.GetAssemblyDefinition().Name);
        CheckImage(pe, reader, name, violations);
        CheckAssemblyReferences(reader, violations);
        CheckTypeReferences(reader, violations);
        var signatures = new SignatureNames(reader);
        CheckMemberReferences(reader, signatures, violations);
        CheckDefinitions(pe, reader, signatures, violations);
        CheckSignatures(reader, signatures, violations);
        return name;
    }

    private static void CheckImage(PEReader pe, MetadataReader reader, string name, List<VerificationViolation> violations)
    {
        var cor = pe.PEHeaders.CorHeader ?? throw new BadImageFormatException("No CLI header.");
        if ((cor.Flags & CorFlags.ILOnly) == 0 || !pe.PEHeaders.IsDll)
        {
            violations.Add(new(VerificationRule.NotPureLibrary, "image",
                new("l'image contient du code natif ou n'est pas une bibliothèque (IL seul exigé).", "the image holds native code or is not a library (IL only is required).")));
        }

        if (cor.EntryPointTokenOrRelativeVirtualAddress != 0)
        {
            violations.Add(new(VerificationRule.NotPureLibrary, "entry point",
                new("l'assemblage a un point d'entrée : des règles ne se lancent pas, elles sont appelées.", "the assembly has an entry point: rules are called, not started.")));
        }

        if (reader.AssemblyFiles.Count > 0 || reader.ExportedTypes.Count > 0)
        {
            violations.Add(new(VerificationRule.NotPureLibrary, "manifest",
                new("l'assemblage renvoie à d'autres fichiers ou réexporte des types.", "the assembly refers to other files or forwards types.")));
        }

        if (ContractSurface.FriendAssemblies.Contains(name))
        {
            violations.Add(new(VerificationRule.ForbiddenDeclaration, name,
                new($"le nom « {name} » est réservé : il donne accès aux parties internes du contrat.", $"the name '{name}' is reserved: it gives access to the contract's internals.")));
        }

        if (reader.DeclarativeSecurityAttributes.Count > 0)
        {
            violations.Add(new(VerificationRule.ForbiddenDeclaration, "security",
                new("l'assemblage déclare des permissions de sécurité.", "the assembly declares security permissions.")));
        }
    }

    private static void CheckAssemblyReferences(MetadataReader reader, List<VerificationViolation> violations)
    {
        foreach (var handle in reader.AssemblyReferences)
        {
            var referenced = reader.GetString(reader.GetAssemblyReference(handle).Name);
            if (!IsAllowedAssembly(referenced))
            {
                violations.Add(new(VerificationRule.AssemblyReference, referenced,
                    new($"référence à l'assemblage « {referenced} » : seuls le contrat {ContractSurface.Name} et System.Runtime sont permis.",
                        $"reference to assembly '{referenced}': only the {ContractSurface.Name} contract and System.Runtime are allowed.")));
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.ModuleRef); row++)
        {
            var module = reader.GetString(reader.GetModuleReference(MetadataTokens.ModuleReferenceHandle(row)).Name);
            violations.Add(new(VerificationRule.NativeCode, module,
                new($"référence au module natif « {module} » (P/Invoke).", $"reference to native module '{module}' (P/Invoke).")));
        }
    }

    private static void CheckTypeReferences(MetadataReader reader, List<VerificationViolation> violations)
    {
        foreach (var handle in reader.TypeReferences)
        {
            var fullName = MetadataNames.Of(reader, handle);
            var scope = MetadataNames.RootScope(reader, handle);
            var fromContract = scope.Kind == HandleKind.AssemblyReference && IsContract(reader, (AssemblyReferenceHandle)scope);
            var allowed = scope.Kind switch
            {
                HandleKind.AssemblyReference when fromContract => ContractSurface.FindType(fullName) is not null,
                HandleKind.AssemblyReference => FrameworkAllowList.IsAllowedType(fullName),
                HandleKind.ModuleDefinition => true,
                _ => false,
            };
            if (!allowed)
            {
                violations.Add(ForbiddenApi(fullName, fromContract));
            }
        }
    }

    private static void CheckMemberReferences(MetadataReader reader, SignatureNames signatures, List<VerificationViolation> violations)
    {
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var name = reader.GetString(member.Name);
            if (member.Parent.Kind is HandleKind.ModuleReference or HandleKind.MethodDefinition)
            {
                violations.Add(new(VerificationRule.NativeCode, name,
                    new($"« {name} » est une fonction globale d'un autre module ou un appel à arguments variables.", $"'{name}' is a global function of another module or a varargs call.")));
                continue;
            }

            var owner = member.Parent.Kind == HandleKind.TypeReference ? (TypeReferenceHandle?)member.Parent
                : member.Parent.Kind == HandleKind.TypeSpecification ? GenericDefinition(reader, (TypeSpecificationHandle)member.Parent) : null;
            if (owner is not { } reference)
            {
                continue;
            }

            var typeName = MetadataNames.Of(reader, reference);
            var scope = MetadataNames.RootScope(reader, reference);
            var fromContract = scope.Kind == HandleKind.AssemblyReference && IsContract(reader, (AssemblyReferenceHandle)scope);
            var allowed = fromContract
                ? ContractSurface.FindType(typeName) is { } type && ContractSurface.HasPublicMember(type, name)
                : scope.Kind == HandleKind.ModuleDefinition || FrameworkAllowList.IsAllowedMember(typeName, name);
            if (!allowed)
            {
                violations.Add(ForbiddenApi($"{typeName}.{name}", fromContract));
            }
        }
    }

    private static void CheckDefinitions(PEReader pe, MetadataReader reader, SignatureNames signatures, List<VerificationViolation> violations)
    {
        if (reader.GetTableRowCount(TableIndex.ImplMap) > 0)
        {
            violations.Add(new(VerificationRule.NativeCode, "ImplMap",
                new("l'assemblage déclare des fonctions natives (DllImport).", "the assembly declares native functions (DllImport).")));
        }

        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var typeName = MetadataNames.Of(reader, typeHandle);
            var type = reader.GetTypeDefinition(typeHandle);
            var ns = reader.GetString(type.Namespace);
            if ((ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal))
                && !FrameworkAllowList.IsEmbeddedCompilerAttribute(typeName))
            {
                violations.Add(new(VerificationRule.ForbiddenDeclaration, typeName,
                    new($"l'assemblage déclare « {typeName} » dans un espace de noms du framework (un tel type peut lever des contrôles d'accès).",
                        $"the assembly declares '{typeName}' in a framework namespace (such a type can lift access checks).")));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                CheckMethod(pe, reader, typeName, methodHandle, violations);
            }
        }
    }

    private static void CheckMethod(PEReader pe, MetadataReader reader, string typeName, MethodDefinitionHandle handle, List<VerificationViolation> violations)
    {
        var method = reader.GetMethodDefinition(handle);
        var subject = $"{typeName}.{reader.GetString(method.Name)}";
        var implementation = method.ImplAttributes;
        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || (implementation & MethodImplAttributes.InternalCall) != 0
            || (implementation & MethodImplAttributes.CodeTypeMask) != MethodImplAttributes.IL || (implementation & MethodImplAttributes.Unmanaged) != 0)
        {
            violations.Add(new(VerificationRule.NativeCode, subject,
                new($"« {subject} » est implémentée en code natif ou par le moteur d'exécution.", $"'{subject}' is implemented in native code or by the runtime.")));
            return;
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        foreach (var instruction in UnsafeInstructions.In(body))
        {
            violations.Add(new(VerificationRule.UnsafeCode, subject,
                new($"« {subject} » utilise l'instruction non sûre « {instruction} ».", $"'{subject}' uses the unsafe instruction '{instruction}'.")));
        }
    }

    /// <summary>Every signature (fields, methods, locals, properties, member references, instantiations) is decoded for unsafe types.</summary>
    private static void CheckSignatures(MetadataReader reader, SignatureNames signatures, List<VerificationViolation> violations)
    {
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            foreach (var field in type.GetFields())
            {
                reader.GetFieldDefinition(field).DecodeSignature(signatures, null);
            }

            foreach (var method in type.GetMethods())
            {
                reader.GetMethodDefinition(method).DecodeSignature(signatures, null);
            }

            foreach (var property in type.GetProperties())
            {
                reader.GetPropertyDefinition(property).DecodeSignature(signatures, null);
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (member.GetKind() == MemberReferenceKind.Method)
            {
                member.DecodeMethodSignature(signatures, null);
            }
            else
            {
                member.DecodeFieldSignature(signatures, null);
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.StandAloneSig); row++)
        {
            var signature = reader.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
            if (signature.GetKind() == StandaloneSignatureKind.LocalVariables)
            {
                signature.DecodeLocalSignature(signatures, null);
            }
            else
            {
                signatures.UnsafeConstructs.Add("indirect call signature");
            }
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            signatures.GetTypeFromSpecification(reader, null, MetadataTokens.TypeSpecificationHandle(row), 0);
        }

        for (var row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row)).DecodeSignature(signatures, null);
        }

        foreach (var construct in signatures.UnsafeConstructs.Distinct(StringComparer.Ordinal))
        {
            violations.Add(new(VerificationRule.UnsafeCode, construct,
                new($"le code est non sûr : {construct}.", $"the code is unsafe: {construct}.")));
        }
    }

    private static TypeReferenceHandle? GenericDefinition(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        blob.ReadSignatureTypeCode();
        var definition = blob.ReadTypeHandle();
        return definition.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)definition : null;
    }

    private static bool IsContract(MetadataReader reader, AssemblyReferenceHandle handle) =>
        string.Equals(reader.GetString(reader.GetAssemblyReference(handle).Name), ContractSurface.Name, StringComparison.Ordinal);

    private static bool IsAllowedAssembly(string name) => name == ContractSurface.Name || FrameworkAssemblies.Contains(name);

    private static VerificationViolation ForbiddenApi(string subject, bool fromContract)
    {
        if (fromContract)
        {
            return new(VerificationRule.ForbiddenApi, subject,
                new($"« {subject} » est du côté de l'hôte (chargement, vérification) ou n'est pas public : des règles ne l'appellent pas.",
                    $"'{subject}' belongs to the host side (loading, verification) or is not public: rules do not call it."));
        }

        return FrameworkAllowList.FamilyOf(subject) is { } family
            ? new(VerificationRule.ForbiddenApi, subject,
                new($"« {subject} » n'est pas permis ({family.French}) : des règles ne font que calculer.", $"'{subject}' is not allowed ({family.English}): rules only compute."))
            : new(VerificationRule.ForbiddenApi, subject,
                new($"« {subject} » n'est pas dans la liste des API permises aux règles.", $"'{subject}' is not in the list of APIs allowed to rules."));
    }
}
