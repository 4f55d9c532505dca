namespace Creo.Testing;

/// <summary>An event the <see cref="StripeStandIn"/> lists from <c>GET /v1/events</c>; <see cref="Sequence"/> orders events of the same second.</summary>
internal sealed record StripeStandInEvent(string Id, long Created, long Sequence, string Json);
