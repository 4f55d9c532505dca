using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.ListAccountContactsById;

/// <summary>
/// The contacts of the named accounts that exist and are not being erased (a suspended account is still reachable):
/// for mail to people staff picked by id, such as those a breach affected. Unknown ids are simply absent.
/// </summary>
public sealed record ListAccountContactsByIdQuery(IReadOnlyCollection<Guid> UserIds) : IQuery<IReadOnlyList<AccountRecipientDto>>;
