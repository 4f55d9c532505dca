using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.VerifyEmailSignIn;

/// <summary>Spends a sign-in link's token (once, however many requests race) and starts a session (creating the account on first sign-in).</summary>
public sealed record VerifyEmailSignInCommand(string Token, ClientInfo Client) : ICommand<SignInResult>;
