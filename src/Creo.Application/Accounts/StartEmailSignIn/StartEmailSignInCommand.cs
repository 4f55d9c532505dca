namespace Creo.Application.Accounts.StartEmailSignIn;

/// <summary>Mails a one-time sign-in link to <paramref name="Email"/>; <paramref name="LinkBaseUrl"/> is the app's public origin.</summary>
public sealed record StartEmailSignInCommand(string Email, string LinkBaseUrl) : ICommand;
