using System.Text.RegularExpressions;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>One hosted model on offer, as <c>Replicate__Models__0__…</c> describes it.</summary>
public sealed partial class ReplicateModelOptions
{
    /// <summary>Our id for the model, the one people choose and generations record.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public MediaKind Kind { get; set; } = MediaKind.Image;

    /// <summary>Replicate's <c>owner/name</c>.</summary>
    public string ProviderModel { get; set; } = "";

    /// <summary>
    /// A 64-hex version id pins the exact weights (<c>POST /v1/predictions</c>); anything else is a label for an
    /// official model, which runs whatever version its owner publishes (<c>POST /v1/models/{owner}/{name}/predictions</c>).
    /// </summary>
    public string Version { get; set; } = "";

    public ReplicateRangeOptions Width { get; set; } = new() { Min = 256, Max = 1440, Default = 1024, Step = 16 };

    public ReplicateRangeOptions Height { get; set; } = new() { Min = 256, Max = 1440, Default = 1024, Step = 16 };

    /// <summary>Set for video models only.</summary>
    public ReplicateRangeOptions? DurationSeconds { get; set; }

    public bool AcceptsSourceImage { get; set; }

    public int BaseCost { get; set; } = 1;

    public int CostPerMegapixel { get; set; }

    public int CostPerSecond { get; set; }

    /// <summary>Sent as Replicate's <c>Cancel-After</c> deadline, so a stuck prediction stops billing on its own.</summary>
    public int MaxRunTimeSeconds { get; set; } = 300;

    internal static bool IsVersionId(string version) => VersionId().IsMatch(version);

    internal ModelDefinition ToDefinition(string path)
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Version))
        {
            throw new InvalidOperationException($"{path} needs an Id, a Name and a Version.");
        }

        if (!OwnerAndName().IsMatch(ProviderModel))
        {
            throw new InvalidOperationException($"{path}__ProviderModel must be Replicate's owner/name.");
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
            ProviderNames.Replicate,
            ProviderModel,
            Version,
            Width.ToRange($"{path}__Width"),
            Height.ToRange($"{path}__Height"),
            DurationSeconds?.ToRange($"{path}__DurationSeconds"),
            AcceptsSourceImage,
            new ModelPricing(BaseCost, CostPerMegapixel, CostPerSecond),
            TimeSpan.FromSeconds(MaxRunTimeSeconds));
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex VersionId();

    // Both parts go into a URL path, so only the characters Replicate allows in names.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex OwnerAndName();
}
