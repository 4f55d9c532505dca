using System.Buffers.Text;
using System.Security.Cryptography;

namespace Creo.Application.Accounts;

/// <summary>
/// Random bearer tokens (sign-in links, session cookies) and the SHA-256 hashes we store instead of them.
/// 256 random bits need no salt or slow hash: they cannot be guessed, only stolen, and the hash is useless to a thief.
/// </summary>
internal static class SecureTokens
{
    public static (string Token, string Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
