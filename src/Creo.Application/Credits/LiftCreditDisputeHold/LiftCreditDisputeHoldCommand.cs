
namespace Creo.Application.Credits.LiftCreditDisputeHold;

/// <summary>Support reviewed the dispute: the person's credits may be spent and bought again. False when there was no hold.</summary>
public sealed record LiftCreditDisputeHoldCommand(Guid UserId) : ICommand<bool>;
