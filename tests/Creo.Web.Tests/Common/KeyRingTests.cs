using System.Net;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Common;

/// <summary>
/// A copy of the database must not be a master key: with a certificate configured, the Data Protection keys that
/// seal media links, export links and the Google sign-in cookie are stored encrypted, never as plain XML.
/// </summary>
public abstract class KeyRingTests<TApp>(TApp app)
    where TApp : WebAppFixture
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_stored_key_ring_holds_no_plaintext_master_key()
    {
        // The sign-in form carries an antiforgery token, which needs a key: the first request makes one.
        using var page = await app.Http.GetAsync("/signin", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        await using var db = app.Database.CreateContext();
        var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync(Cancel);

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
        });
    }
}

public sealed class EmbeddedKeyRingTests(EmbeddedApp app) : KeyRingTests<EmbeddedApp>(app), IClassFixture<EmbeddedApp>;

public sealed class PostgresKeyRingTests(PostgresApp app) : KeyRingTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>Outside Development the key ring must be encrypted: without the certificate the app does not start.</summary>
public sealed class KeyRingCertificateRequiredTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_the_app_refuses_to_start_without_the_certificate(string environment)
    {
        await using var database = await TestDatabase.CreateAsync(Infrastructure.Common.DatabaseProvider.Sqlite);
        using var directory = new TemporaryDirectory();
        var settings = CreoSettings.For(database, directory.Path);
        settings.Remove("DataProtection:CertificatePath");
        settings.Remove("DataProtection:CertificatePassword");
        settings["environment"] = environment;
        await using var app = new CreoAppFactory(settings);

        var refused = Assert.ThrowsAny<Exception>(() => app.BaseAddress);

        Assert.Contains("DataProtection__CertificatePath", MessagesOf(refused), StringComparison.Ordinal);
    }

    private static string MessagesOf(Exception exception) =>
        exception.InnerException is null ? exception.Message : exception.Message + " | " + MessagesOf(exception.InnerException);
}
