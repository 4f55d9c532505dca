namespace Creo.Application.Accounts.RevokeSession;

/// <summary>Ends one of the caller's sessions (another browser, a lost phone). Another account's session: 404.</summary>
public sealed record RevokeSessionCommand(Guid UserId, Guid SessionId, ClientInfo Client) : ICommand;
