namespace Creo.Application.Accounts.SignOut;

/// <summary>Ends the caller's own session server-side: the cookie opens nothing afterwards, anywhere.</summary>
public sealed record SignOutCommand(Guid UserId, Guid SessionId, ClientInfo Client) : ICommand;
