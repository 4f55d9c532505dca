
namespace Creo.Application.Credits.ReleaseCreditHold;

/// <summary>Gives a hold's credits back. Returns false when the hold was already settled, or never placed.</summary>
public sealed record ReleaseCreditHoldCommand(string HoldKey, string Reason) : ICommand<bool>;
