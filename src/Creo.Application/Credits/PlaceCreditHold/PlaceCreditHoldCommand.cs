
namespace Creo.Application.Credits.PlaceCreditHold;

/// <summary>
/// Sets <paramref name="Amount"/> credits aside under <paramref name="HoldKey"/>. Not enough credits: a 402
/// refusal and nothing written. The same key twice holds once.
/// </summary>
public sealed record PlaceCreditHoldCommand(Guid UserId, long Amount, string HoldKey, Guid? GenerationId, string Reason) : ICommand;
