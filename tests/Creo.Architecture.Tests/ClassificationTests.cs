using Creo.Infrastructure.Common;
using Creo.Infrastructure.Persistence;
using Creo.Infrastructure.Persistence.Classification;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Creo.Architecture.Tests;

/// <summary>Architecture rule 12: every stored property says what it is, why, how long, and how export and erasure treat it.</summary>
public sealed class ClassificationTests
{
    private const string InventoryPath = "docs/data-inventory.md";

    /// <summary>Every payment value we store, by property name; a new one must be added here, on purpose.</summary>
    private static readonly string[] AllowedPaymentValues =
    [
        "AmountDue", "AmountPaid", "AnonymisedAt", "AppliedAt", "Attempts", "CancelAtPeriodEnd", "CreatedAt", "Credits", "Currency",
        "CurrentPeriodEnd", "CurrentPeriodStart", "EventCreatedAt", "EventId", "HostedInvoiceUrl", "LastError", "Number", "Payload",
        "PeriodEnd", "PeriodStart", "PlanId", "PurchaseId", "ReversalId", "RunningTotal", "CreditsTakenBack", "Amount", "ProviderCustomerId", "ProviderInvoiceId", "ProviderPaymentIntentId",
        "ProviderSubscriptionId", "ReceivedAt", "SourceKey", "StateAt", "Status", "Type", "UpdatedAt",

        // When a disputed payment put the account on hold: a date, nothing of the card.
        "DisputeHoldSince",

        // Which grant of a subscription period a purchase was: user, period end and a counter.
        "PeriodSlot",
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Every_stored_property_is_classified(DatabaseProvider provider)
    {
        var unclassified = DataInventory.StoredValues(ModelFor(provider))
            .Where(v => v.Classification is null)
            .Select(v => $"{v.Entity}.{v.Property} ({v.Table}.{v.Column})")
            .ToList();

        Assert.True(unclassified.Count == 0, "Classify these properties in their EF configuration: " + string.Join(", ", unclassified));
    }

    /// <summary>
    /// Policy section 02: "We do not store your full card number." Payment data is a short list of named
    /// values — the provider's ids, statuses, amounts — and no column may be shaped to hold card details.
    /// </summary>
    [Fact]
    public void No_column_can_hold_a_card_number()
    {
        string[] cardWords = ["card", "pan", "cvc", "cvv", "iban", "expmonth", "expyear", "last4", "accountnumber"];
        var suspicious = DataInventory.StoredValues(ModelFor(DatabaseProvider.Postgres))
            .Where(v => cardWords.Any(word => Normalized(v.Column).Contains(word, StringComparison.Ordinal) || Normalized(v.Property).Contains(word, StringComparison.Ordinal)))
            .Select(v => $"{v.Table}.{v.Column}")
            .ToList();
        var paymentValues = DataInventory.StoredValues(ModelFor(DatabaseProvider.Postgres))
            .Where(v => v.Classification?.Category == Creo.Domain.Common.PersonalData.DataCategory.Payment && v.Property is not ("Id" or "UserId"))
            .Select(v => v.Property)
            .Distinct()
            .Order()
            .ToList();

        Assert.True(suspicious.Count == 0, "Columns that could hold card details: " + string.Join(", ", suspicious));
        Assert.All(paymentValues, property => Assert.Contains(property, AllowedPaymentValues));
    }

    private static string Normalized(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    [Fact]
    public void The_committed_data_inventory_is_generated_from_the_model()
    {
        var expected = DataInventory.Render(ModelFor(DatabaseProvider.Postgres));
        var path = RepositoryPaths.Combine(InventoryPath);
        var committed = File.Exists(path) ? File.ReadAllText(path) : null;
        if (committed != expected && Environment.GetEnvironmentVariable("CREO_UPDATE_DOCS") == "1")
        {
            // Updating is not checking: the run that rewrites the file fails, and the next run checks what was written.
            File.WriteAllText(path, expected);
            Assert.Fail($"{InventoryPath} was stale and has been rewritten; review and commit it, then run the tests again.");
        }

        Assert.True(committed is not null, $"{InventoryPath} is missing; run CREO_UPDATE_DOCS=1 bash scripts/test.sh");
        Assert.True(committed == expected, $"{InventoryPath} is stale; run CREO_UPDATE_DOCS=1 bash scripts/test.sh and commit it");
    }

    [Fact]
    public void Every_table_lives_in_the_schema_of_the_module_that_owns_its_entity()
    {
        foreach (var entity in ModelFor(DatabaseProvider.Postgres).GetEntityTypes())
        {
            var module = entity.ClrType.Namespace!.Split('.') is ["Creo", "Domain", var segment, ..] ? segment.ToLowerInvariant() : ModuleSchemas.Common;
            Assert.Equal(module, entity.GetSchema());
        }
    }

    /// <summary>The classification is only built outside the EF tools; the model is built without a server.</summary>
    private static IModel ModelFor(DatabaseProvider provider)
    {
        using CreoDbContext context = provider == DatabaseProvider.Postgres
            ? new PostgresCreoDbContext(DatabaseOptions.ForPostgres("Host=127.0.0.1;Database=unused"))
            : new SqliteCreoDbContext(DatabaseOptions.ForSqlite("Data Source=:memory:"));
        return DataInventory.ModelOf(context);
    }
}
