namespace Creo.Infrastructure.Generations.Local;

/// <summary>
/// A smooth direction field over the unit square, a sum of a few drawn sine waves. Curves that follow it
/// bend together like wind or water, which is what makes the picture read as flowing rather than scribbled.
/// </summary>
internal sealed class FlowField
{
    private readonly Wave[] waves;
    private readonly float twist;

    public FlowField(ArtRandom random)
    {
        waves = Enumerable.Range(0, 3)
            .Select(i => new Wave(
                random.Between(-1, 1) * (2.5f + (2 * i)),
                random.Between(-1, 1) * (2.5f + (2 * i)),
                random.Between(0, MathF.Tau),
                1f / (i + 1)))
            .ToArray();
        twist = random.Between(0.8f, 1.6f);
    }

    /// <summary>The direction, in radians, at a point of the unit square.</summary>
    public float AngleAt(float x, float y)
    {
        var sum = 0f;
        foreach (var wave in waves)
        {
            sum += wave.Amplitude * MathF.Sin((wave.Fx * x) + (wave.Fy * y) + wave.Phase);
        }

        return sum * MathF.PI * twist;
    }

    /// <summary>A value in [0, 1] that varies as smoothly as the directions do; used to pick colours.</summary>
    public float ValueAt(float x, float y) => 0.5f + (0.5f * MathF.Sin(AngleAt(x, y) * 0.5f));

    private readonly record struct Wave(float Fx, float Fy, float Phase, float Amplitude);
}
