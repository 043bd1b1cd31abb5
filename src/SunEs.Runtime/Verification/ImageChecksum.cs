using System.Buffers.Binary;

namespace SunEs.Runtime.Verification;

/// <summary>
/// The PE image checksum (the header's CheckSum field, computed like the Windows loader does: a
/// 16-bit one's-complement sum of the file with that field zeroed, plus the file's length). The
/// emitter stamps it in every rules assembly; the verifier recomputes it first, so a damaged
/// image — any single flipped bit — is refused before the runtime ever reads its code, which it
/// does not verify and which, damaged, can crash the process rather than throw.
/// </summary>
public static class ImageChecksum
{
    /// <summary>Writes the checksum into the image's header, in place.</summary>
    public static void Stamp(byte[] image)
    {
        var offset = FieldOffset(image) ?? throw new ArgumentException("Not a PE image.", nameof(image));
        BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(offset, 4), Compute(image, offset));
    }

    /// <summary>True when the header holds the checksum of the image as it is.</summary>
    public static bool Matches(byte[] image) =>
        FieldOffset(image) is { } offset && BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(offset, 4)) == Compute(image, offset);

    /// <summary>The CheckSum field: after the PE signature (4), the COFF header (20) and 64 bytes of the optional header.</summary>
    private static int? FieldOffset(byte[] image)
    {
        if (image.Length < 0x40 || image[0] != 'M' || image[1] != 'Z')
        {
            return null;
        }

        var header = BinaryPrimitives.ReadInt32LittleEndian(image.AsSpan(0x3C, 4));
        var field = (long)header + 4 + 20 + 64;
        return header >= 0 && field + 4 <= image.Length ? (int)field : null;
    }

    private static uint Compute(byte[] image, int field)
    {
        ulong sum = 0;
        for (var index = 0; index < image.Length; index += 2)
        {
            if (index >= field && index < field + 4)
            {
                continue;
            }

            sum += index + 1 < image.Length ? BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(index, 2)) : image[index];
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        sum = (sum & 0xFFFF) + (sum >> 16);
        return (uint)sum + (uint)image.Length;
    }
}
