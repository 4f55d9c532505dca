using System.IO.Compression;
using System.Text.Json;
using Creo.Application.Accounts.CompleteOnboarding;
using Creo.Application.Generations.UploadImage;
using Creo.Application.Generations.Uploads;
using Creo.Application.Privacy.SubmitPrivacyRequest;
using Creo.Application.Privacy.UpdateConsents;
using Creo.Domain.Accounts;
using Creo.Domain.Billing;
using Creo.Domain.Common;
using Creo.Domain.Common.PersonalData;
using Creo.Domain.Generations;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Infrastructure.Persistence.Classification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Tests.Privacy;

/// <summary>
/// The export is complete: for every table the EF model holds, every value its classification includes in the
/// export is in the archive, for every row about the person — and nothing about anyone else. Driven by the model
/// and its classifications, not by a list here, so a new table, a new column or a module that leaves one out fails it.
/// </summary>
public abstract class DataExportCompletenessTests(DatabaseProvider provider) : DataExportTestBase(provider)
{
    private const string Email = "ada@example.com";
    private const string CustomerId = "cus_ada0001";

    [Fact]
    public async Task The_export_holds_every_included_value_of_every_row_about_the_person_and_nothing_about_anyone_else()
    {
        var ada = await FillEveryPersonalTableAsync(Email, CustomerId);
        await FillEveryPersonalTableAsync("grace@example.com", "cus_grace0001");
        await BuildAsync(await RequestExportAsync(ada));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var exportId = await RequestExportAsync(ada);

        await BuildAsync(exportId);

        using var archive = await ArchiveAsync(exportId);
        await using var db = App.Database.CreateContext();
        var model = DataInventory.ModelOf(db);
        var rows = await AllRowsAsync(db, model);
        var person = new PersonRows(rows, ada, Email, CustomerId, exportId);
        using var postgres = new PostgresCreoDbContext(DatabaseOptions.ForPostgres("Host=127.0.0.1;Database=unused"));
        var checkedTables = new List<string>();
        foreach (var type in model.GetEntityTypes())
        {
            var included = type.GetProperties().Where(p => p.FindClassification()?.Export == ExportTreatment.Included).ToList();
            if (included.Count == 0)
            {
                continue; // Classified as not personal (policy texts, signing keys): nothing of it belongs in an export.
            }

            var layout = postgres.Model.FindEntityType(type.ClrType)!;
            var path = $"{layout.GetSchema()}/{layout.GetTableName()}.json";
            var mine = rows[type].Where(row => person.Belongs(type, row)).ToList();
            Assert.True(mine.Count > 0, $"The test person has no row in {path}; add one above, so the export of this table is proven too.");
            var exported = await ReadRowsAsync(archive, path);
            Assert.True(exported.Count == mine.Count, $"{path} holds {exported.Count} rows; the person has {mine.Count}.");
            foreach (var row in mine)
            {
                var key = type.FindPrimaryKey()!.Properties;
                var match = exported.Where(e => key.All(k => e.TryGetProperty(JsonName(k), out var v) && Same(ValueOf(db, row, k), v))).ToList();
                Assert.True(match.Count == 1, $"{path} has {match.Count} rows with the key of {Describe(db, row, key)}.");
                foreach (var property in included)
                {
                    Assert.True(match[0].TryGetProperty(JsonName(property), out var value), $"{path} leaves out {JsonName(property)} ({type.ClrType.Name}.{property.Name}).");
                    Assert.True(Same(ValueOf(db, row, property), value), $"{path}: {JsonName(property)} is {value.GetRawText()}, stored as {ValueOf(db, row, property)}.");
                }
            }

            foreach (var secret in type.GetProperties().Where(p => p.FindClassification()?.Export == ExportTreatment.ExcludedSecret))
            {
                Assert.All(exported, e => Assert.False(e.TryGetProperty(JsonName(secret), out _), $"{path} holds the secret {JsonName(secret)}."));
            }

            checkedTables.Add(path);
        }

        Assert.Contains("generations/generations.json", checkedTables);
        Assert.Contains("billing/payment_events.json", checkedTables);
    }

    /// <summary>One person with rows in every personal table, made through the use cases where there is one (billing's come from Stripe, so they are written here).</summary>
    private async Task<Guid> FillEveryPersonalTableAsync(string email, string customerId)
    {
        var user = await PersonAsync(email);
        await App.SendAsync(new CompleteOnboardingCommand(user, true, 1), Cancel);
        var first = await GenerateAsync(user, $"a <b>lighthouse</b> & \"dusk\" for {email}");
        await using (var db = App.Database.CreateContext())
        {
            var output = await db.GenerationOutputs.SingleAsync(o => o.GenerationId == first, Cancel);
            var png = (await StoredBytesAsync(output.StorageKey))!;
            var upload = await App.SendAsync(new UploadImageCommand(user, await App.Provider.GetRequiredService<IImageSanitizer>().SanitizeAsync(new MemoryStream(png), Cancel)), Cancel);
            await GenerateAsync(user, "the same, in winter", upload.Id);
        }

        await App.SendAsync(new UpdateConsentsCommand(user, true, false, "privacy-center", false), Cancel);
        await App.SendAsync(new SubmitPrivacyRequestCommand(user, "access", "Everything, please."), Cancel);

        var now = App.Clock.GetUtcNow();
        await using (var db = App.Database.CreateContext())
        {
            db.BillingCustomers.Add(BillingCustomer.Link(user, customerId, now));
            var subscription = Subscription.Start(Guid.CreateVersion7(now), user, $"sub_{customerId}", now);
            subscription.Apply("creator", SubscriptionStatus.Active, now, now.AddMonths(1), false, now, now);
            db.Subscriptions.Add(subscription);
            var invoice = Invoice.Record(Guid.CreateVersion7(now), user, $"in_{customerId}", now);
            invoice.Apply(new InvoiceFacts("CREO-0001", 1000, 1000, "usd", "paid", now, now.AddMonths(1), $"https://invoice.example/{customerId}"), now);
            db.Invoices.Add(invoice);
            var purchase = CreditPurchase.Record(user, $"invoice:in_{customerId}", $"in_{customerId}", $"pi_{customerId}", 100, 1000, "usd", now);
            db.CreditPurchases.Add(purchase);
            db.PaymentReversals.Add(PaymentReversal.Record(purchase, [], $"re_{customerId}", 500, true, now));
            var paid = PaymentEventRecord.Receive($"evt_{customerId}", "invoice.paid", now, "{\"data\":{\"object\":{\"customer\":\"" + customerId + "\"}}}", now);
            paid.MarkApplied(now);
            db.PaymentEvents.Add(paid);
            db.RequestLogs.Add(RequestLogEntry.Record(now, "GET", "/api/me", 200, 12.345, user, "203.0.113.7", "Laptop browser"));
            db.AccountDeletions.Add(AccountDeletion.Schedule(user, TimeSpan.FromDays(14), now));
            db.PolicyChangeNotices.Add(PolicyChangeNotice.Sent(2, user, now));
            db.StaffAuditEntries.Add(StaffAuditEntry.Record(Guid.CreateVersion7(), user, "read-account", "Ticket 42: a refund question", now));
            var breach = Breach.Record(
                new BreachFacts("A backup was exposed.", "Bucket left public.", BreachAudience.Explicit, ["account"], now.AddHours(-2), null, null), Guid.CreateVersion7(now), now);
            db.Breaches.Add(breach);
            var notification = BreachNotification.Affects(breach.Id, user, now);
            notification.Mailed(now);
            notification.Dismiss(now.AddMinutes(5));
            db.BreachNotifications.Add(notification);
            await db.SaveChangesAsync(Cancel);
        }

        return user;
    }

    private static async Task<Dictionary<IEntityType, List<object>>> AllRowsAsync(CreoDbContext db, IModel model)
    {
        var rows = new Dictionary<IEntityType, List<object>>();
        foreach (var type in model.GetEntityTypes())
        {
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
            rows[type] = await set.ToListAsync(Cancel);
        }

        return rows;
    }

    private static async Task<IReadOnlyList<JsonElement>> ReadRowsAsync(ZipArchive archive, string path)
    {
        var json = JsonDocument.Parse(await ReadTextAsync(archive, path)).RootElement;
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        return [.. json.EnumerateArray().Select(row => row.Clone())];
    }

    private static string JsonName(IReadOnlyProperty property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>
    /// The value as the export names it: an enum stored under its own names (a subscription's status: <c>past_due</c>)
    /// through its converter, anything else as the entity holds it.
    /// </summary>
    private static object? ValueOf(DbContext db, object row, IReadOnlyProperty property) =>
        db.Entry(row).Property(property.Name).CurrentValue is Enum value && property.GetValueConverter() is { ProviderClrType: var stored } converter && stored == typeof(string)
            ? converter.ConvertToProvider(value)
            : db.Entry(row).Property(property.Name).CurrentValue;

    private static string Describe(DbContext db, object row, IReadOnlyList<IReadOnlyProperty> key) =>
        $"{row.GetType().Name} {string.Join(", ", key.Select(k => ValueOf(db, row, k)))}";

    /// <summary>The stored value and the exported one are the same value: the same instant, the same id, the same name of an enum member.</summary>
    private static bool Same(object? stored, JsonElement exported) => stored switch
    {
        null => exported.ValueKind == JsonValueKind.Null,
        string text => exported.ValueKind == JsonValueKind.String && exported.GetString() == text,
        Guid id => exported.ValueKind == JsonValueKind.String && Guid.TryParse(exported.GetString(), out var parsed) && parsed == id,
        DateTimeOffset time => exported.ValueKind == JsonValueKind.String && exported.TryGetDateTimeOffset(out var parsed) && parsed == time,
        bool flag => exported.ValueKind == (flag ? JsonValueKind.True : JsonValueKind.False),
        Enum member => exported.ValueKind == JsonValueKind.String && Enum.TryParse(member.GetType(), exported.GetString(), out var parsed) && parsed!.Equals(member),
        double number => exported.ValueKind == JsonValueKind.Number && exported.GetDouble() == number,
        int or long => exported.ValueKind == JsonValueKind.Number && exported.GetInt64() == Convert.ToInt64(stored, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Teach the test to compare a {stored.GetType().Name}."),
    };

    /// <summary>Which rows are about the person: theirs by user id, by their address, by naming their customer, or through a row that is theirs.</summary>
    private sealed class PersonRows(Dictionary<IEntityType, List<object>> rows, Guid userId, string email, string customerId, Guid exportUnderTest)
    {
        public bool Belongs(IEntityType type, object row)
        {
            var value = (string name) => type.FindProperty(name) is { } property ? property.GetGetter().GetClrValueUsingContainingEntity(row) : null;
            if (type.ClrType == typeof(DataExport) && (Guid)value(nameof(DataExport.Id))! == exportUnderTest)
            {
                return false; // An archive cannot hold its own final state; it holds the person's other exports.
            }

            if (type.ClrType == typeof(User))
            {
                return Equals(value(nameof(User.Id)), userId); // The account itself.
            }

            if (type.FindProperty("UserId") is not null)
            {
                return Equals(value("UserId"), userId);
            }

            if (type.ClrType == typeof(StaffAuditEntry))
            {
                return Equals(value(nameof(StaffAuditEntry.SubjectUserId)), userId); // What staff did to the person's account.
            }

            if (type.ClrType == typeof(SignInToken))
            {
                return Equals(value(nameof(SignInToken.Email)), email); // Sign-in links name an address, not an account.
            }

            if (type.ClrType == typeof(PaymentEventRecord))
            {
                return ((string)value(nameof(PaymentEventRecord.Payload))!).Contains(customerId, StringComparison.Ordinal); // The provider's events name its customer.
            }

            return type.GetForeignKeys().Any(foreignKey =>
            {
                var principal = foreignKey.PrincipalEntityType;
                var reference = foreignKey.Properties[0].GetGetter().GetClrValueUsingContainingEntity(row);
                return rows[principal].Any(candidate =>
                    Equals(foreignKey.PrincipalKey.Properties[0].GetGetter().GetClrValueUsingContainingEntity(candidate), reference) && Belongs(principal, candidate));
            });
        }
    }
}

public sealed class SqliteDataExportCompletenessTests() : DataExportCompletenessTests(DatabaseProvider.Sqlite);

public sealed class PostgresDataExportCompletenessTests() : DataExportCompletenessTests(DatabaseProvider.Postgres);
