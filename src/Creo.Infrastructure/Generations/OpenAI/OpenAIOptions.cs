using Creo.Application.Common.Settings;
using Creo.Application.Generations.Catalog;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// Settings under <c>OpenAI__…</c>: any host speaking OpenAI's image API. Without an API key neither the provider nor
/// its models are offered.
/// </summary>
public sealed class OpenAIOptions
{
    public const string Section = "OpenAI";

    public string? ApiKey { get; set; }

    /// <summary>The host's origin (paths <c>v1/images/…</c> resolve under it), so any compatible host can stand in.</summary>
    [AbsoluteUrlSetting("OpenAI__BaseUrl")]
    public Uri BaseUrl { get; set; } = new("https://api.openai.com");

    public List<OpenAIModelOptions> Models { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>The configured models as catalog entries; throws on an entry that could never run, so a bad setting stops start-up.</summary>
    public IReadOnlyList<ModelDefinition> ModelDefinitions()
    {
        // A request names the host's model only, so that name must find one entry (its sizes, its response format).
        var twice = Models.GroupBy(model => model.ProviderModel, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidOperationException($"{Section}__Models__N__ProviderModel must differ between models; '{twice.Key}' is configured twice.");
        }

        return Models.Select((model, index) => model.ToDefinition($"{Section}__Models__{index}")).ToList();
    }
}
