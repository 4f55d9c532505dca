using Creo.Application.Generations.Catalog;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>A bindable <see cref="ParameterRange"/> (records with constructors read badly from environment variables).</summary>
public sealed class ReplicateRangeOptions
{
    public int Min { get; set; }

    public int Max { get; set; }

    public int Default { get; set; }

    public int Step { get; set; } = 1;

    internal ParameterRange ToRange(string path)
    {
        var range = new ParameterRange(Min, Max, Default, Step);
        if (Step < 1 || Min < 1 || Max < Min || !range.Allows(Default))
        {
            throw new InvalidOperationException($"{path} needs 1 <= Min <= Max, Step >= 1 and a Default reachable from Min in steps of Step.");
        }

        return range;
    }
}
