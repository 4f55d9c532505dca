using System.Net.Sockets;

namespace Creo.Infrastructure.Generations.Outputs;

/// <summary>
/// Production's rule: https only, to public unicast addresses only. Refused are loopback, private (RFC 1918, unique
/// local), carrier-grade NAT, link-local (which holds the cloud metadata service at 169.254.169.254), multicast,
/// documentation, benchmarking and reserved ranges, and IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4)
/// when that address is refused.
/// </summary>
public sealed class PublicOutputAddressPolicy : IOutputAddressPolicy
{
    public bool AllowsUrl(Uri url) =>
        url.IsAbsoluteUri && url.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(url.UserInfo);

    public bool AllowsAddress(IPAddress address, int port) => IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                           // "this" network
        || b[0] == 10                                       // private
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)       // carrier-grade NAT
        || b[0] == 127                                      // loopback
        || (b[0] == 169 && b[1] == 254)                     // link-local, cloud metadata
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)        // private
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)     // IETF protocol assignments, documentation
        || (b[0] == 192 && b[1] == 88 && b[2] == 99)        // 6to4 relay anycast
        || (b[0] == 192 && b[1] == 168)                     // private
        || (b[0] == 198 && b[1] is 18 or 19)                // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)       // documentation
        || (b[0] == 203 && b[1] == 0 && b[2] == 113)        // documentation
        || b[0] >= 224);                                    // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) reach the IPv4 address they carry.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return IsPublicV4(b[12..16]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b[2..6]);
        }

        // Only global unicast (2000::/3) is public; within it Teredo (2001::/32) and documentation (2001:db8::/32) are not.
        return (b[0] & 0xE0) == 0x20
            && !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
            && !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8);
    }
}
