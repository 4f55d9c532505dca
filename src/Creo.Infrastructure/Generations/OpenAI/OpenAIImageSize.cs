using Creo.Application.Generations.Catalog;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// One <c>WxH</c> size a host accepts. The catalog speaks in width and height ranges; OpenAI's hosts take a short list
/// of sizes, so a request is sent as the listed size closest to it in shape, then in area.
/// </summary>
internal readonly record struct OpenAIImageSize(int Width, int Height)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");

    public static bool TryParse(string? text, out OpenAIImageSize size)
    {
        size = default;
        var parts = text?.Split('x') ?? [];
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            && width is >= 1 and <= 16384 && height is >= 1 and <= 16384)
        {
            size = new OpenAIImageSize(width, height);
            return true;
        }

        return false;
    }

    public static OpenAIImageSize Closest(IReadOnlyList<OpenAIImageSize> sizes, int width, int height) =>
        sizes.OrderBy(size => Math.Abs(Math.Log((double)size.Width / size.Height) - Math.Log((double)width / height)))
            .ThenBy(size => Math.Abs(((long)size.Width * size.Height) - ((long)width * height)))
            .First();

    /// <summary>A range that reaches every listed value (its step the values' greatest common divisor of differences), defaulting to the first.</summary>
    public static ParameterRange RangeOf(IReadOnlyList<int> values)
    {
        var min = values.Min();
        var step = values.Aggregate(0, (gcd, value) => Gcd(gcd, value - min));
        return new ParameterRange(min, values.Max(), values[0], Math.Max(step, 1));
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
