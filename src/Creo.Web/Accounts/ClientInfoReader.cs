using System.Security.Cryptography;
using System.Text;
using Creo.Domain.Accounts;

namespace Creo.Web.Accounts;

/// <summary>
/// The device behind a request: IP (after the trusted proxy, see forwarded headers), browser, and a
/// fingerprint hashed from traits that stay put across visits (not the IP, which changes on every network).
/// </summary>
internal static class ClientInfoReader
{
    public static ClientInfo Read(HttpContext context)
    {
        var headers = context.Request.Headers;
        var userAgent = headers.UserAgent.ToString();
        var traits = string.Join('|', userAgent, headers.AcceptLanguage.ToString(), headers["Sec-CH-UA-Platform"].ToString());
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(traits)));
        return new ClientInfo(context.Connection.RemoteIpAddress?.ToString(), userAgent.Length == 0 ? null : userAgent, fingerprint);
    }
}
