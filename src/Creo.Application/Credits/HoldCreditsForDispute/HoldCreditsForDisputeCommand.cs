
namespace Creo.Application.Credits.HoldCreditsForDispute;

/// <summary>
/// A payment of the person's is disputed: hold their credits (no spending, no buying) until support lifts it.
/// Holding an account already on hold changes nothing, so the same dispute delivered twice holds once.
/// </summary>
public sealed record HoldCreditsForDisputeCommand(Guid UserId) : ICommand;
