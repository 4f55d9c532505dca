using Creo.Application.Generations.Catalog;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations.Replicate;

namespace Creo.Infrastructure.Generations;

/// <summary>
/// What every hosted model's settings share (<c>Replicate__Models__N__…</c>, <c>Fal__Models__N__…</c>): our id and name,
/// the host's model id, sizes, prices and run time. Each host checks its own id and version rules, then
/// <see cref="ToDefinition(string, string)"/> checks the rest the same way for all.
/// </summary>
public abstract class HostedModelOptions
{
    /// <summary>Our id for the model, the one people choose and generations record.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public MediaKind Kind { get; set; } = MediaKind.Image;

    /// <summary>The host's id for the model.</summary>
    public string ProviderModel { get; set; } = "";

    public string Version { get; set; } = "";

    public ReplicateRangeOptions Width { get; set; } = new() { Min = 256, Max = 1440, Default = 1024, Step = 16 };

    public ReplicateRangeOptions Height { get; set; } = new() { Min = 256, Max = 1440, Default = 1024, Step = 16 };

    /// <summary>Set for video models only.</summary>
    public ReplicateRangeOptions? DurationSeconds { get; set; }

    public bool AcceptsSourceImage { get; set; }

    public int BaseCost { get; set; } = 1;

    public int CostPerMegapixel { get; set; }

    public int CostPerSecond { get; set; }

    /// <summary>How long a run may take before it is stopped and its credits returned.</summary>
    public int MaxRunTimeSeconds { get; set; } = 300;

    /// <summary>The checks every host shares (a video model's durations, costs, run time), then the catalogue's definition.</summary>
    protected ModelDefinition ToDefinition(string path, string provider)
    {
        if (Kind == MediaKind.Video && DurationSeconds is null)
        {
            throw new InvalidOperationException($"{path} is a video model and needs DurationSeconds.");
        }

        if (MaxRunTimeSeconds < 1 || BaseCost < 0 || CostPerMegapixel < 0 || CostPerSecond < 0)
        {
            throw new InvalidOperationException($"{path} needs a positive MaxRunTimeSeconds and costs that are not negative.");
        }

        return new ModelDefinition(
            Id,
            Name,
            Kind,
            provider,
            ProviderModel,
            Version,
            Width.ToRange($"{path}__Width"),
            Height.ToRange($"{path}__Height"),
            DurationSeconds?.ToRange($"{path}__DurationSeconds"),
            AcceptsSourceImage,
            new ModelPricing(BaseCost, CostPerMegapixel, CostPerSecond),
            TimeSpan.FromSeconds(MaxRunTimeSeconds));
    }
}
