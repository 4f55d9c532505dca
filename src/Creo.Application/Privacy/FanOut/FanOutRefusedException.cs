using System.Globalization;

namespace Creo.Application.Privacy.FanOut;

/// <summary>
/// The relay refused some of a fan-out's mails. Everyone else was mailed and recorded; those refused were not
/// recorded, so the job's retry mails only them. The message holds a count, never an address.
/// </summary>
public sealed class FanOutRefusedException(int refused)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"The mail relay refused {refused} mail(s); they are not recorded as sent, and the next run tries them again."))
{
    public int Refused { get; } = refused;
}
