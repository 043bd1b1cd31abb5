using System.Reflection.Metadata;

namespace SunEs.Runtime.Verification;

/// <summary>
/// Full metadata names: "Namespace.Name", nested types as "Namespace.Outer/Inner". Nesting is
/// followed to a bounded depth: tampered metadata can make it a cycle.
/// </summary>
internal static class MetadataNames
{
    public const int MaxDepth = 64;

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var names = new List<string>();
        var type = reader.GetTypeReference(handle);
        names.Add(reader.GetString(type.Name));
        while (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            CheckDepth(names.Count);
            type = reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            names.Add(reader.GetString(type.Name));
        }

        return Join(reader.GetString(type.Namespace), names);
    }

    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var names = new List<string>();
        var type = reader.GetTypeDefinition(handle);
        names.Add(reader.GetString(type.Name));
        while (!type.GetDeclaringType().IsNil)
        {
            CheckDepth(names.Count);
            type = reader.GetTypeDefinition(type.GetDeclaringType());
            names.Add(reader.GetString(type.Name));
        }

        return Join(reader.GetString(type.Namespace), names);
    }

    /// <summary>The scope a type reference finally resolves in: the outermost type's assembly or module reference.</summary>
    public static EntityHandle RootScope(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        for (var depth = 0; scope.Kind == HandleKind.TypeReference; depth++)
        {
            CheckDepth(depth);
            scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }

        return scope;
    }

    public static void CheckDepth(int depth)
    {
        if (depth >= MaxDepth)
        {
            throw new BadImageFormatException($"Types nested or composed more than {MaxDepth} deep.");
        }
    }

    private static string Join(string ns, List<string> innermostFirst)
    {
        innermostFirst.Reverse();
        var name = string.Join('/', innermostFirst);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
