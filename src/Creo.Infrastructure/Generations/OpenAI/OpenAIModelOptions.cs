using System.Text.RegularExpressions;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Domain.Generations;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>One image model on an OpenAI-compatible host, as <c>OpenAI__Models__0__…</c> describes it.</summary>
public sealed partial class OpenAIModelOptions
{
    /// <summary>Our id for the model, the one people choose and generations record.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The host's name for the model (<c>gpt-image-1</c>, <c>dall-e-3</c>); sent as <c>model</c> and recorded as the version.</summary>
    public string ProviderModel { get; set; } = "";

    /// <summary>The sizes the host accepts for this model, as <c>WxH</c>; the first is the default.</summary>
    public List<string> Sizes { get; set; } = [];

    /// <summary>
    /// Sent as <c>response_format</c> (<c>b64_json</c> or <c>url</c>) for models that take it (DALL·E); left out when
    /// unset, as <c>gpt-image-1</c> refuses it and always answers <c>b64_json</c>.
    /// </summary>
    public string? ResponseFormat { get; set; }

    /// <summary>A source image goes to <c>/v1/images/edits</c>; only models the host edits with may say yes.</summary>
    public bool AcceptsSourceImage { get; set; }

    public int BaseCost { get; set; } = 1;

    public int CostPerMegapixel { get; set; }

    /// <summary>The call is synchronous: after this long (retries included) it is given up and the credits returned.</summary>
    public int MaxRunTimeSeconds { get; set; } = 90;

    internal IReadOnlyList<OpenAIImageSize> ParsedSizes(string path) =>
        Sizes.Count == 0
            ? throw new InvalidOperationException($"{path}__Sizes needs at least one WxH size the host accepts.")
            : Sizes.Select(size => OpenAIImageSize.TryParse(size, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{path}__Sizes holds '{size}', which is not a WxH size.")).ToList();

    internal ModelDefinition ToDefinition(string path)
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name) || !HostModelName().IsMatch(ProviderModel))
        {
            throw new InvalidOperationException($"{path} needs an Id, a Name and the host's ProviderModel (letters, digits, . _ : / -).");
        }

        if (ResponseFormat is not (null or "" or "b64_json" or "url"))
        {
            throw new InvalidOperationException($"{path}__ResponseFormat must be b64_json, url or unset.");
        }

        if (MaxRunTimeSeconds < 1 || BaseCost < 0 || CostPerMegapixel < 0)
        {
            throw new InvalidOperationException($"{path} needs a positive MaxRunTimeSeconds and costs that are not negative.");
        }

        var sizes = ParsedSizes(path);
        return new ModelDefinition(
            Id,
            Name,
            MediaKind.Image,
            ProviderNames.OpenAI,
            ProviderModel,
            ProviderModel,
            OpenAIImageSize.RangeOf(sizes.Select(size => size.Width).ToList()),
            OpenAIImageSize.RangeOf(sizes.Select(size => size.Height).ToList()),
            null,
            AcceptsSourceImage,
            new ModelPricing(BaseCost, CostPerMegapixel, 0),
            TimeSpan.FromSeconds(MaxRunTimeSeconds));
    }

    // Sent in a JSON body and a multipart field, never a URL; still only what model names are made of.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")]
    private static partial Regex HostModelName();
}
