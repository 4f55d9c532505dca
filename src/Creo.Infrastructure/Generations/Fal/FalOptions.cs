using Creo.Application.Common.Settings;
using Creo.Application.Generations.Catalog;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>Settings under <c>Fal__…</c>. Without a key the fal provider and its models are not offered.</summary>
public sealed class FalOptions
{
    public const string Section = "Fal";

    /// <summary>The account's API key, sent as <c>Authorization: Key …</c> to the queue and nowhere else.</summary>
    public string? Key { get; set; }

    /// <summary>fal's queue; tests point it at their stand-in.</summary>
    [AbsoluteUrlSetting("Fal__QueueBase")]
    public Uri QueueBase { get; set; } = new("https://queue.fal.run");

    /// <summary>fal's public webhook keys (a JWKS of ED25519 keys); tests serve their own.</summary>
    [AbsoluteUrlSetting("Fal__JwksUrl")]
    public Uri JwksUrl { get; set; } = new("https://rest.alpha.fal.ai/.well-known/jwks.json");

    /// <summary>
    /// The public address of our <c>/api/webhooks/fal</c>. When unset no webhook is asked for and the job polls; a local
    /// install has no address fal could reach.
    /// </summary>
    [AbsoluteUrlSetting("Fal__WebhookUrl")]
    public Uri? WebhookUrl { get; set; }

    public List<FalModelOptions> Models { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Key);

    /// <summary>The configured models as catalog entries; throws on an entry that could never run, so a bad setting stops start-up.</summary>
    public IReadOnlyList<ModelDefinition> ModelDefinitions() =>
        Models.Select((model, index) => model.ToDefinition($"{Section}__Models__{index}")).ToList();
}
