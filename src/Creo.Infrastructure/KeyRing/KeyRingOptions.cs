namespace Creo.Infrastructure.KeyRing;

/// <summary>Settings under <c>DataProtection__…</c>: the certificate that encrypts the Data Protection key ring at rest.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
