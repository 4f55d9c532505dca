namespace Creo.Domain.Common;

/// <summary>
/// A business rule was broken. The web layer answers 409 with a problem whose type ends in <see cref="Code"/>,
/// so clients can branch on a stable slug rather than on the message.
/// </summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
