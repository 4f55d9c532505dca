using Creo.Application.Accounts.Contracts;
using Creo.Application.Accounts.FindAccountByEmail;
using Creo.Application.Accounts.GetAccountContact;
using Creo.Application.Accounts.GetSecurityLog;
using Creo.Application.Accounts.ListAccountContacts;
using Creo.Application.Accounts.ListAccountContactsById;
using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Application.Billing.ListInvoices;
using Creo.Application.Credits.GetCredits;
using Creo.Application.Generations.Contracts;
using Creo.Application.Generations.GetGenerationHistory;
using Creo.Application.Privacy;
using Creo.Application.Privacy.GetDailyAnalytics;
using Creo.Application.Privacy.ListPrivacyRequests;
using Creo.Application.Privacy.SubmitPrivacyRequest;
using Creo.Domain.Accounts;
using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Application.Tests.Common;

/// <summary>
/// The queries that read through Mapster's <c>ProjectToType</c> (or adapt what they read) translate on each provider
/// and fill every DTO member from the row, with enum names in kebab case as clients have always seen them.
/// </summary>
public abstract class ProjectedQueriesTests(DatabaseProvider provider) : DatabaseTestBase(provider)
{
    private const string Email = "ada@example.com";
    private static readonly ClientInfo Laptop = new("203.0.113.7", "Laptop browser", "fingerprint-laptop");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Account_projections_read_the_users_row()
    {
        var userId = await SignUpAsync();

        Assert.Equal(new AccountRecipientDto(userId, Email, "ada"), await App.SendAsync(new FindAccountByEmailQuery(Email), Cancel));
        Assert.Equal(new AccountContactDto(Email, "ada"), await App.SendAsync(new GetAccountContactQuery(userId), Cancel));
        Assert.Equal(new AccountRecipientDto(userId, Email, "ada"), Assert.Single(await App.SendAsync(new ListAccountContactsQuery(null, 10), Cancel)));
        Assert.Equal(new AccountRecipientDto(userId, Email, "ada"), Assert.Single(await App.SendAsync(new ListAccountContactsByIdQuery([userId]), Cancel)));
        var signedIn = Assert.Single(await App.SendAsync(new GetSecurityLogQuery(userId), Cancel), e => e.Kind == "signed-in");
        Assert.Equal(Laptop.IpAddress, signedIn.IpAddress);
    }

    [Fact]
    public async Task Ledger_and_request_maps_name_their_kinds_for_clients()
    {
        var userId = await SignUpAsync();

        var starter = Assert.Single((await App.SendAsync(new GetCreditsQuery(userId, null, null), Cancel)).Entries);
        Assert.Equal("starter-grant", starter.Kind);
        Assert.True(starter.Amount > 0);
        var request = await App.SendAsync(new SubmitPrivacyRequestCommand(userId, "access", "What do you hold?"), Cancel);
        Assert.Equal(("access", "open", "What do you hold?"), (request.Type, request.Status, request.Details));
        Assert.Equal(request, Assert.Single(await App.SendAsync(new ListPrivacyRequestsQuery(userId), Cancel)));
    }

    [Fact]
    public async Task Projections_over_empty_tables_translate()
    {
        var userId = await SignUpAsync();

        Assert.Empty(await App.SendAsync(new GetGenerationHistoryQuery(userId, 10), Cancel));
        Assert.Empty(await App.SendAsync(new ListInvoicesQuery(userId), Cancel));
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var analytics = await App.SendAsync(new GetDailyAnalyticsQuery(today, today), Cancel);
        Assert.Empty(analytics.Usage);
        Assert.Empty(analytics.PageViews);
    }

    private async Task<Guid> SignUpAsync()
    {
        await App.SendAsync(new StartEmailSignInCommand(Email, "https://creo.test"), Cancel);
        var token = Mailbox.LatestSignInToken(App.DataDirectory, Email);
        return (await App.SendAsync(new VerifyEmailSignInCommand(token, Laptop), Cancel)).UserId;
    }
}

public sealed class SqliteProjectedQueriesTests() : ProjectedQueriesTests(DatabaseProvider.Sqlite);

public sealed class PostgresProjectedQueriesTests() : ProjectedQueriesTests(DatabaseProvider.Postgres);
