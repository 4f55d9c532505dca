using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.ListAccountContacts;

/// <summary>
/// One page of active accounts' contacts, by id after <paramref name="After"/>: for mail every account must get
/// (a material policy change, a breach notice), read in batches so no run holds them all. With
/// <paramref name="CreatedNoLaterThan"/>, only accounts that existed by then (a breach cannot reach a later one).
/// </summary>
public sealed record ListAccountContactsQuery(Guid? After, int Take, DateTimeOffset? CreatedNoLaterThan = null) : IQuery<IReadOnlyList<AccountRecipientDto>>;
