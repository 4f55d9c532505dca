namespace Creo.Application.Generations;

/// <summary>Names of the generations module's database constraints (Infrastructure creates them by these names).</summary>
public static class GenerationConstraints
{
    /// <summary>One generation per (account, Idempotency-Key).</summary>
    public const string UniqueIdempotencyKey = "ux_generations_user_id_idempotency_key";
}
