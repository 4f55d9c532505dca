namespace Creo.Application.Credits.Contracts;

/// <summary>Support reviewed the dispute: the person's credits may be spent and bought again. False when there was no hold.</summary>
public sealed record LiftCreditDisputeHoldCommand(Guid UserId) : ICommand<bool>;
