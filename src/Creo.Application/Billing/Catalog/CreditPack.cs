namespace Creo.Application.Billing.Catalog;

/// <summary>A one-off credit pack on offer (<c>Billing__Packs__N__…</c>).</summary>
public sealed class CreditPack
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public long Credits { get; set; }

    public string PriceId { get; set; } = "";

    public long Amount { get; set; }

    public string Currency { get; set; } = "usd";
}
