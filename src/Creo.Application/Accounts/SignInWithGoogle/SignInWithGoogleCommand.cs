using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.SignInWithGoogle;

/// <summary>Google has vouched for this person (policy section 04: Google gives us email, name, avatar).</summary>
public sealed record SignInWithGoogleCommand(string Email, bool EmailVerified, string? Name, string? AvatarUrl, ClientInfo Client) : ICommand<SignInResult>;
