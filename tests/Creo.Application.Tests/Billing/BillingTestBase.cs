using Creo.Application.Billing;
using Creo.Application.Billing.ApplyPaymentEvent;
using Creo.Application.Billing.Payments;
using Creo.Application.Billing.ReceivePaymentEvent;
using Creo.Application.Common.Jobs;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Credits.GrantStarterCredits;
using Creo.Application.Tests.Generations;
using Creo.Domain.Billing;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Creo.Application.Tests.Billing;

/// <summary>Billing's use cases on a real database, with a scripted payment provider and recorded jobs.</summary>
public abstract class BillingTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    public const string CreatorPrice = "price_creator";
    public const string StudioPrice = "price_studio";
    public const string PackPrice = "price_pack100";

    private CreoServices? app;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected CreoServices App => app ?? throw new InvalidOperationException("Not started.");

    protected ScriptedPaymentGateway Gateway { get; } = new();

    protected RecordingJobScheduler Jobs { get; } = new();

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(
        provider,
        settings =>
        {
            settings["Credits:StarterGrant"] = "0";
            settings["Billing:Plans:0:Id"] = "creator";
            settings["Billing:Plans:0:Name"] = "Creator";
            settings["Billing:Plans:0:Tier"] = "creator";
            settings["Billing:Plans:0:MonthlyCredits"] = "100";
            settings["Billing:Plans:0:PriceId"] = CreatorPrice;
            settings["Billing:Plans:0:Amount"] = "1000";
            settings["Billing:Plans:1:Id"] = "studio";
            settings["Billing:Plans:1:Name"] = "Studio";
            settings["Billing:Plans:1:Tier"] = "studio";
            settings["Billing:Plans:1:MonthlyCredits"] = "500";
            settings["Billing:Plans:1:PriceId"] = StudioPrice;
            settings["Billing:Plans:1:Amount"] = "4000";
            settings["Billing:Packs:0:Id"] = "pack-100";
            settings["Billing:Packs:0:Name"] = "100 credits";
            settings["Billing:Packs:0:Credits"] = "100";
            settings["Billing:Packs:0:PriceId"] = PackPrice;
            settings["Billing:Packs:0:Amount"] = "800";
        },
        services =>
        {
            services.RemoveAll<IJobScheduler>();
            services.AddSingleton<IJobScheduler>(Jobs);
            services.RemoveAll<IPaymentGateway>();
            services.AddSingleton<IPaymentGateway>(Gateway);
            services.PostConfigure<BillingOptions>(options => options.Enabled = true);
        });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>A person who has a customer at the provider (as a first checkout leaves them).</summary>
    protected async Task<(Guid UserId, string CustomerId)> CustomerAsync()
    {
        var user = Guid.CreateVersion7();
        await App.SendAsync(new GrantStarterCreditsCommand(user), Cancel);
        var customer = $"cus_{user:N}";
        await using var db = App.Database.CreateContext();
        db.BillingCustomers.Add(BillingCustomer.Link(user, customer, App.Clock.GetUtcNow()));
        await db.SaveChangesAsync(Cancel);
        return (user, customer);
    }

    /// <summary>Delivers an event as Stripe would (signed), then runs every apply job it caused.</summary>
    protected async Task DeliverAsync(PaymentEvent paymentEvent)
    {
        await App.SendAsync(new ReceivePaymentEventCommand(Gateway.Publish(paymentEvent), ScriptedPaymentGateway.ValidSignature), Cancel);
        await RunApplyJobsAsync();
    }

    protected async Task RunApplyJobsAsync()
    {
        while (Jobs.Enqueued.TryDequeue(out var job))
        {
            if (job is ApplyPaymentEventJob apply)
            {
                await App.RunJobAsync(apply, Cancel);
            }
        }
    }

    protected Task<long> BalanceAsync(Guid user) => App.SendAsync(new GetCreditBalanceQuery(user), Cancel);

    protected PaymentEvent Event(PaymentEventData data, string? id = null, DateTimeOffset? created = null) =>
        new(id ?? $"evt_{Guid.NewGuid():N}", data.GetType().Name, created ?? App.Clock.GetUtcNow(), data);

    /// <summary>A paid invoice of subscription <c>sub_1</c> for a month from now; by default its renewal.</summary>
    protected InvoiceState PaidInvoice(string customer, string invoiceId, string priceId = CreatorPrice, long amount = 1000, string billingReason = "subscription_cycle") =>
        new(invoiceId, customer, "sub_1", priceId,
            new InvoiceFacts("CREO-0001", amount, amount, "usd", "paid", App.Clock.GetUtcNow(), App.Clock.GetUtcNow().AddMonths(1), $"https://invoice.example/{invoiceId}"),
            billingReason);
}
