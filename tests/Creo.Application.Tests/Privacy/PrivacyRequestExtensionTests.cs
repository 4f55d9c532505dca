using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Application.Privacy.ExtendPrivacyRequest;
using Creo.Application.Privacy.SubmitPrivacyRequest;
using Creo.Domain.Accounts;
using Creo.Domain.Common;
using Creo.Infrastructure.Common;
using Creo.Testing;
using FluentValidation;

namespace Creo.Application.Tests.Privacy;

/// <summary>Policy section 07, "We reply within 30 days": a longer wait needs a recorded reason, and the person is told.</summary>
public abstract class PrivacyRequestExtensionTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_extension_moves_the_due_date_records_the_reason_and_mails_the_person()
    {
        var person = await PersonAsync("ada@example.com");
        var request = await App.SendAsync(new SubmitPrivacyRequestCommand(person, "access", "Everything."), Cancel);

        var extended = await App.SendAsync(new ExtendPrivacyRequestCommand(Guid.CreateVersion7(), request.Id, 30, "Your archive spans three years of media."), Cancel);

        Assert.Equal(request.DueAt.AddDays(30), extended.DueAt);
        var mail = Assert.Single(Mailbox.To(App.DataDirectory, "ada@example.com"), m => m.Subject == "We need more time for your privacy request");
        Assert.Contains("Your archive spans three years of media.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(extended.DueAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extension_without_a_reason_or_past_three_months_is_refused_and_nobody_is_mailed()
    {
        var person = await PersonAsync("grace@example.com");
        var request = await App.SendAsync(new SubmitPrivacyRequestCommand(person, "delete", ""), Cancel);

        await Assert.ThrowsAsync<ValidationException>(() => App.SendAsync(new ExtendPrivacyRequestCommand(Guid.CreateVersion7(), request.Id, 10, " "), Cancel));
        await App.SendAsync(new ExtendPrivacyRequestCommand(Guid.CreateVersion7(), request.Id, 40, "Complex."), Cancel);
        var tooLong = await Assert.ThrowsAsync<DomainException>(() => App.SendAsync(new ExtendPrivacyRequestCommand(Guid.CreateVersion7(), request.Id, 30, "Still complex."), Cancel));

        Assert.Equal("extension-too-long", tooLong.Code);
        Assert.Single(Mailbox.To(App.DataDirectory, "grace@example.com"), m => m.Subject == "We need more time for your privacy request");
    }

    private async Task<Guid> PersonAsync(string email)
    {
        await App.SendAsync(new StartEmailSignInCommand(email, "https://creo.test"), Cancel);
        var client = new ClientInfo("203.0.113.7", "Laptop browser", "fingerprint-laptop");
        return (await App.SendAsync(new VerifyEmailSignInCommand(Mailbox.LatestSignInToken(App.DataDirectory, email), client), Cancel)).UserId;
    }
}

public sealed class SqlitePrivacyRequestExtensionTests() : PrivacyRequestExtensionTests(DatabaseProvider.Sqlite);

public sealed class PostgresPrivacyRequestExtensionTests() : PrivacyRequestExtensionTests(DatabaseProvider.Postgres);
