using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Creo.Testing;

/// <summary>
/// The certificate every test host outside Development encrypts its Data Protection key ring with, as production's
/// <c>DataProtection__CertificatePath</c> does: a self-signed PFX made once per test process, so every host and
/// every process of one run (two scaled-out instances) shares it and opens the others' keys.
/// </summary>
public static class DataProtectionCertificate
{
    public const string Password = "creo-test-key-ring";

    private static readonly Lazy<string> File = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The PFX file (made on first use).</summary>
    public static string Path => File.Value;

    private static string Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Creo test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));

        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "creo-tests");
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"key-ring-{Environment.ProcessId}-{Guid.NewGuid():N}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
