
namespace Creo.Application.Credits.CaptureCreditHold;

/// <summary>Turns a hold into a charge. Returns false when the hold was already settled (captured or released).</summary>
public sealed record CaptureCreditHoldCommand(string HoldKey) : ICommand<bool>;
