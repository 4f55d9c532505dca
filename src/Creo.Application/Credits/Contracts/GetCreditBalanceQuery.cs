namespace Creo.Application.Credits.Contracts;

/// <summary>The person's spendable credits (0 before their account is opened).</summary>
public sealed record GetCreditBalanceQuery(Guid UserId) : IQuery<long>;
