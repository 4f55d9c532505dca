namespace Creo.Application.Credits;

/// <summary>The credits module's data port.</summary>
public interface ICreditsData
{
    DbSet<CreditAccount> CreditAccounts { get; }

    DbSet<CreditEntry> CreditEntries { get; }
}
