
namespace Creo.Application.Accounts.GetAccountEmails;

/// <summary>
/// The sign-in addresses of these accounts, by id (an id with no account left is absent): for staff lists that must
/// say whom to answer, read in one query rather than one per row.
/// </summary>
public sealed record GetAccountEmailsQuery(IReadOnlyCollection<Guid> UserIds) : IQuery<IReadOnlyDictionary<Guid, string>>;
