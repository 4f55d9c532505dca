namespace Creo.Application.Accounts.Contracts;

/// <summary>The email and name of an account: what the payment provider's customer record is made from, and nothing more.</summary>
public sealed record GetAccountContactQuery(Guid UserId) : IQuery<AccountContactDto>;
