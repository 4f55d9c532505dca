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

// Outside Development the app refuses to start without the certificate: BadSettingsTests proves it on the real process,
// where Program.cs turns the refusal into one line and exit code 78 (a test host sees only that the entry point exited).
