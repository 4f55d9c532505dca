
namespace Creo.Application.Credits.GetCreditBalance;

/// <summary>The person's spendable credits (0 before their account is opened).</summary>
public sealed record GetCreditBalanceQuery(Guid UserId) : IQuery<long>;
