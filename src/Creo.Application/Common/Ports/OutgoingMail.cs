namespace Creo.Application.Common.Ports;

/// <summary>One message to one person. Plain text is always sent; HTML is optional.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null);
