using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace SunEs.Runtime.Verification;

/// <summary>
/// Walks a method's IL and names the instructions only unsafe or unverifiable code uses:
/// indirect calls through function pointers, stack allocation, raw memory copies, jumps out of
/// a method, varargs and typed references.
/// </summary>
internal static class UnsafeInstructions
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .DistinctBy(code => code.Value)
        .ToDictionary(code => code.Value);

    private static readonly HashSet<short> Refused =
    [
        OpCodes.Calli.Value, OpCodes.Localloc.Value, OpCodes.Cpblk.Value, OpCodes.Initblk.Value, OpCodes.Jmp.Value,
        OpCodes.Arglist.Value, OpCodes.Mkrefany.Value, OpCodes.Refanyval.Value, OpCodes.Refanytype.Value, OpCodes.Unaligned.Value,
    ];

    /// <summary>The refused instructions of the body, by name; throws <see cref="BadImageFormatException"/> on IL that does not decode.</summary>
    public static IEnumerable<string> In(MethodBodyBlock body)
    {
        var il = body.GetILReader();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il.ReadByte());
            }

            if (!OpCodesByValue.TryGetValue(value, out var code))
            {
                throw new BadImageFormatException($"Unknown IL instruction 0x{value:X}.");
            }

            if (Refused.Contains(code.Value))
            {
                found.Add(code.Name!);
            }

            Skip(ref il, code.OperandType);
        }

        return found;
    }

    private static void Skip(ref BlobReader il, OperandType operand)
    {
        var size = operand switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineSwitch => checked(4 * (int)il.ReadUInt32()),
            _ => 4,
        };
        il.Offset += size;
    }
}
