using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace SunEs.Runtime.Verification;

/// <summary>
/// Decodes signatures into type names, noting every construct only unsafe code has: pointers,
/// function pointers, pinned locals. A generic instantiation is named after its definition, which
/// is what the allow-lists are keyed on.
/// </summary>
internal sealed class SignatureNames(MetadataReader reader) : ISignatureTypeProvider<string, object?>
{
    private int _specificationDepth;

    public List<string> UnsafeConstructs { get; } = [];

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

    public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => MetadataNames.Of(metadata, handle);

    public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => MetadataNames.Of(metadata, handle);

    /// <summary>Specifications may name specifications: tampered metadata can make that a cycle, hence the bound.</summary>
    public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
    {
        MetadataNames.CheckDepth(_specificationDepth++);
        try
        {
            return metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }
        finally
        {
            _specificationDepth--;
        }
    }

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', Math.Max(0, shape.Rank - 1)) + "]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPointerType(string elementType)
    {
        UnsafeConstructs.Add($"pointer {elementType}*");
        return elementType + "*";
    }

    public string GetFunctionPointerType(MethodSignature<string> signature)
    {
        UnsafeConstructs.Add("function pointer");
        return "delegate*";
    }

    public string GetPinnedType(string elementType)
    {
        UnsafeConstructs.Add($"pinned {elementType}");
        return elementType;
    }

    /// <summary>The name a member reference's parent stands for: a type reference, definition or instantiated generic.</summary>
    public string ParentName(EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => MetadataNames.Of(reader, (TypeReferenceHandle)parent),
        HandleKind.TypeDefinition => MetadataNames.Of(reader, (TypeDefinitionHandle)parent),
        HandleKind.TypeSpecification => GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)parent, 0),
        _ => string.Empty,
    };
}
