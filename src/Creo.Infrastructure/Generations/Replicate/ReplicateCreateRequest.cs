namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>
/// The body of <c>POST /v1/predictions</c> (with <see cref="Version"/>) or <c>POST /v1/models/{owner}/{name}/predictions</c>
/// (without it).
/// </summary>
internal sealed record ReplicateCreateRequest(string? Version, ReplicateInput Input, string? Webhook, IReadOnlyList<string>? WebhookEventsFilter);
