using Mediator;

namespace Creo.Application.Accounts.Contracts;

/// <summary>
/// One page of active accounts' contacts, by id after <paramref name="After"/>: for mail every account must get
/// (a material policy change), read in batches so no run holds them all.
/// </summary>
public sealed record ListAccountContactsQuery(Guid? After, int Take) : IQuery<IReadOnlyList<AccountRecipientDto>>;
