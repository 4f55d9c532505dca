using System.Text.RegularExpressions;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations.Replicate;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>One model on fal's queue, as <c>Fal__Models__0__…</c> describes it.</summary>
public sealed partial class FalModelOptions
{
    /// <summary>Our id for the model, the one people choose and generations record.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public MediaKind Kind { get; set; } = MediaKind.Image;

    /// <summary>fal's model id, <c>owner/app</c> with an optional sub-path: <c>fal-ai/flux/dev</c>.</summary>
    public string ProviderModel { get; set; } = "";

    /// <summary>fal runs whatever its app serves now; this label is what generations record as the model's version.</summary>
    public string Version { get; set; } = "latest";

    public ReplicateRangeOptions Width { get; set; } = new() { Min = 256, Max = 1440, Default = 1024, Step = 16 };

    public ReplicateRangeOptions Height { get; set; } = new() { Min = 256, Max = 1440, Default = 1024, Step = 16 };

    /// <summary>Set for video models only.</summary>
    public ReplicateRangeOptions? DurationSeconds { get; set; }

    public bool AcceptsSourceImage { get; set; }

    public int BaseCost { get; set; } = 1;

    public int CostPerMegapixel { get; set; }

    public int CostPerSecond { get; set; }

    /// <summary>Past this (and a minute's grace) the job cancels the request on fal's queue and returns the credits.</summary>
    public int MaxRunTimeSeconds { get; set; } = 300;

    /// <summary>The app id (<c>owner/app</c>) under which fal keeps a model's requests, whatever its sub-path.</summary>
    internal static string AppIdOf(string providerModel) => string.Join('/', providerModel.Split('/').Take(2));

    internal static bool IsModelPath(string path) => ModelPath().IsMatch(path);

    internal ModelDefinition ToDefinition(string path)
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Version) || Version.Length > 100)
        {
            throw new InvalidOperationException($"{path} needs an Id, a Name and a Version of at most 100 characters.");
        }

        if (!IsModelPath(ProviderModel))
        {
            throw new InvalidOperationException($"{path}__ProviderModel must be fal's model id, owner/app or owner/app/sub-path.");
        }

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
            ProviderNames.Fal,
            ProviderModel,
            Version,
            Width.ToRange($"{path}__Width"),
            Height.ToRange($"{path}__Height"),
            DurationSeconds?.ToRange($"{path}__DurationSeconds"),
            AcceptsSourceImage,
            new ModelPricing(BaseCost, CostPerMegapixel, CostPerSecond),
            TimeSpan.FromSeconds(MaxRunTimeSeconds));
    }

    // Every segment goes into a URL path: only the characters fal uses in ids, and no dot segments.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*){1,4}$")]
    private static partial Regex ModelPath();
}
