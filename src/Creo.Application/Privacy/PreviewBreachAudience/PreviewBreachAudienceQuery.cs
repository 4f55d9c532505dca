using Creo.Application.Privacy.RecordBreach;

namespace Creo.Application.Privacy.PreviewBreachAudience;

/// <summary>
/// Who <paramref name="Breach"/> would tell if it were recorded now, before anyone is mailed: the count, the first
/// people by name and address, and a fingerprint of the whole set, so a confirmation can prove it was not changed.
/// </summary>
public sealed record PreviewBreachAudienceQuery(RecordBreachCommand Breach) : IQuery<BreachAudiencePreviewDto>;
