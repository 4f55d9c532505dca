using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.GetAccountContact;

/// <summary>The email and name of an account: what the payment provider's customer record is made from, and nothing more.</summary>
public sealed record GetAccountContactQuery(Guid UserId) : IQuery<AccountContactDto>;
