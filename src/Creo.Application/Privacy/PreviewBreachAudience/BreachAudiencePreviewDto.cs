using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.PreviewBreachAudience;

/// <summary>
/// The people a breach would tell: how many, the first <see cref="PreviewBreachAudienceQueryHandler.SampleSize"/> of
/// them, named ids no account has, and a fingerprint of the exact set (a hash of every id, in order).
/// </summary>
public sealed record BreachAudiencePreviewDto(int Count, IReadOnlyList<AccountRecipientDto> Sample, IReadOnlyList<Guid> UnknownIds, string Fingerprint);
