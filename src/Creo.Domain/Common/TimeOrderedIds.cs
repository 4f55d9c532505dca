using System.Security.Cryptography;

namespace Creo.Domain.Common;

/// <summary>
/// Version-7 GUIDs that also keep their order within one millisecond (RFC 9562, method 1: a 12-bit counter
/// after the timestamp). <see cref="Guid.CreateVersion7(DateTimeOffset)"/> fills those bits at random, so two
/// ledger entries written in the same millisecond could page in either order; lists keyed by id must not.
/// </summary>
public static class TimeOrderedIds
{
    private const int CounterLimit = 1 << 12;

    private static readonly Lock Gate = new();
    private static long lastMilliseconds = -1;
    private static int counter;

    public static Guid New(DateTimeOffset now)
    {
        long milliseconds;
        int sequence;
        lock (Gate)
        {
            milliseconds = Math.Max(now.ToUnixTimeMilliseconds(), lastMilliseconds);
            if (milliseconds == lastMilliseconds)
            {
                counter++;
                if (counter == CounterLimit)
                {
                    milliseconds++;
                    counter = 0;
                }
            }
            else
            {
                counter = 0;
            }

            lastMilliseconds = milliseconds;
            sequence = counter;
        }

        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        random[0] = (byte)((random[0] & 0x3F) | 0x80);
        return new Guid(
            (int)(milliseconds >> 16),
            (short)(milliseconds & 0xFFFF),
            (short)(0x7000 | sequence),
            random[0], random[1], random[2], random[3], random[4], random[5], random[6], random[7]);
    }
}
