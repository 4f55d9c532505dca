using Creo.Infrastructure.Settings;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Creo.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;

namespace Creo.Infrastructure.KeyRing;

/// <summary>
/// The Data Protection key ring seals media links, export links, antiforgery tokens and the Google sign-in cookie.
/// It lives in the database so every instance shares it, which would make a copy of the database a master key:
/// with a certificate configured each key is stored encrypted to it, and outside Development the app does not
/// start without one.
/// </summary>
internal static class KeyRingRegistration
{
    public static IServiceCollection AddCreoKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keyRing = services.AddDataProtection().SetApplicationName("Creo").PersistKeysToDbContext<CreoDbContext>();
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (!IsDevelopment(configuration))
            {
                throw SettingsRefusal.Of<KeyRingOptions>(
                    "DataProtection__CertificatePath must be set outside Development to a .pfx certificate (with DataProtection__CertificatePassword): " +
                    "the Data Protection key ring, kept in the database, must be encrypted at rest; got nothing.");
            }

            return services;
        }

        // ProtectKeysWithCertificate also registers the certificate for decryption, so no certificate store is needed.
        keyRing.ProtectKeysWithCertificate(Load(options));
        return services;
    }

    private static X509Certificate2 Load(KeyRingOptions options)
    {
        X509Certificate2 certificate;
        try
        {
            // Ephemeral: the private key stays in memory instead of being written to the user's key store.
            certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw SettingsRefusal.Of<KeyRingOptions>(
                $"DataProtection__CertificatePath must be a .pfx readable with DataProtection__CertificatePassword; got '{options.CertificatePath}' ({exception.Message.Trim()}).");
        }

        if (!certificate.HasPrivateKey)
        {
            throw SettingsRefusal.Of<KeyRingOptions>(
                $"DataProtection__CertificatePath must hold the certificate's private key, or the key ring could not be read back; got '{options.CertificatePath}' without one.");
        }

        return certificate;
    }

    /// <summary>
    /// The host's environment as configuration carries it (<c>ASPNETCORE_ENVIRONMENT</c>, <c>DOTNET_ENVIRONMENT</c>);
    /// unset means Production, as the host itself assumes.
    /// </summary>
    private static bool IsDevelopment(IConfiguration configuration) =>
        string.Equals(configuration[HostDefaults.EnvironmentKey], Environments.Development, StringComparison.OrdinalIgnoreCase);
}
