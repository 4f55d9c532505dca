namespace Creo.Domain.Accounts;

/// <summary>
/// What we record about the device behind a request (policy section 02, "technical data": IP address,
/// browser, device fingerprint — for auth and fraud prevention).
/// </summary>
public sealed record ClientInfo(string? IpAddress, string? UserAgent, string DeviceFingerprint)
{
    public const int MaxUserAgentLength = 512;
    public const int MaxIpLength = 45;

    public ClientInfo Bounded() => this with
    {
        UserAgent = UserAgent is { Length: > MaxUserAgentLength } ua ? ua[..MaxUserAgentLength] : UserAgent,
        IpAddress = IpAddress is { Length: > MaxIpLength } ip ? ip[..MaxIpLength] : IpAddress,
    };
}
