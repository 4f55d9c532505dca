namespace Creo.Application.Accounts.PreviewEmailSignIn;

/// <summary>
/// The address a sign-in link would sign in, or null when the link is used, expired or not valid. Reads only: opening a
/// link (a mail scanner prefetching it, a person looking) spends nothing; the page's button spends it.
/// </summary>
public sealed record PreviewEmailSignInQuery(string Token) : IQuery<string?>;
