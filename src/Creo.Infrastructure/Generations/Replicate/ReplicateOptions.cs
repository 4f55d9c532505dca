using Creo.Application.Common.Settings;
using Creo.Application.Generations.Catalog;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>Settings under <c>Replicate__…</c>. Without an API token the Replicate provider and its models are not offered.</summary>
public sealed class ReplicateOptions
{
    public const string Section = "Replicate";

    public string? ApiToken { get; set; }

    /// <summary>The account's webhook signing secret (<c>whsec_…</c>), from <c>GET /v1/webhooks/default/secret</c>.</summary>
    public string? WebhookSecret { get; set; }

    [AbsoluteUrlSetting("Replicate__ApiBase")]
    public Uri ApiBase { get; set; } = new("https://api.replicate.com");

    /// <summary>
    /// The public address of our <c>/api/webhooks/replicate</c>. When unset no webhook is asked for and the job polls;
    /// a local install has no address Replicate could reach.
    /// </summary>
    [AbsoluteUrlSetting("Replicate__WebhookUrl")]
    public Uri? WebhookUrl { get; set; }

    public List<ReplicateModelOptions> Models { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiToken);

    /// <summary>The configured models as catalog entries; throws on an entry that could never run, so a bad setting stops start-up.</summary>
    public IReadOnlyList<ModelDefinition> ModelDefinitions() =>
        Models.Select((model, index) => model.ToDefinition($"{Section}__Models__{index}")).ToList();
}
