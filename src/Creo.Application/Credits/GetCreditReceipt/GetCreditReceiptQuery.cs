using Creo.Application.Credits.Contracts;

namespace Creo.Application.Credits.GetCreditReceipt;

/// <summary>What the ledger holds for one generation: held, captured, released, and the entries themselves.</summary>
public sealed record GetCreditReceiptQuery(Guid UserId, Guid GenerationId) : IQuery<CreditReceiptDto>;
