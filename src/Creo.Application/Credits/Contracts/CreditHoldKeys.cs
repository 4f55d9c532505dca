namespace Creo.Application.Credits.Contracts;

/// <summary>The hold keys other modules use, so they never build ledger keys by hand.</summary>
public static class CreditHoldKeys
{
    public static string ForGeneration(Guid generationId) => CreditSourceKeys.GenerationHold(generationId);
}
