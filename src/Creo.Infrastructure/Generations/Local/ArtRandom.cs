using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// The only source of chance in a local render: xoshiro256** seeded from SHA-256 of the seed and the prompt.
/// Not <see cref="string.GetHashCode()"/> (randomized per process) and not <see cref="Random"/> (its seeded
/// sequence is an implementation detail), so the same inputs draw the same picture in every process.
/// </summary>
internal sealed class ArtRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    private ArtRandom(ReadOnlySpan<byte> digest)
    {
        s0 = BinaryPrimitives.ReadUInt64LittleEndian(digest);
        s1 = BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]);
        s2 = BinaryPrimitives.ReadUInt64LittleEndian(digest[16..]);
        s3 = BinaryPrimitives.ReadUInt64LittleEndian(digest[24..]);
        if ((s0 | s1 | s2 | s3) == 0)
        {
            s0 = 1; // xoshiro never leaves the all-zero state.
        }
    }

    public static ArtRandom For(string prompt, long seed)
    {
        // The seed has a fixed width and comes first, so no (prompt, seed) pair can collide with another by concatenation.
        var input = new byte[8 + Encoding.UTF8.GetByteCount(prompt)];
        BinaryPrimitives.WriteInt64LittleEndian(input, seed);
        Encoding.UTF8.GetBytes(prompt, input.AsSpan(8));
        return new ArtRandom(SHA256.HashData(input));
    }

    /// <summary>A generator of its own, seeded from this one, for a part of the render that must not shift the rest.</summary>
    public ArtRandom Fork()
    {
        Span<byte> digest = stackalloc byte[32];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(digest[(i * 8)..], NextUInt64());
        }

        return new ArtRandom(digest);
    }

    /// <summary>A value in [0, 1).</summary>
    public float NextFloat() => (NextUInt64() >> 40) * (1f / (1 << 24));

    public float Between(float min, float max) => min + ((max - min) * NextFloat());

    /// <summary>A value in [0, <paramref name="count"/>).</summary>
    public int Below(int count) => (int)((NextUInt64() >> 33) % (ulong)count);

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    public bool Chance(float probability) => NextFloat() < probability;

    private ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }
}
