namespace Creo.Application.Privacy.EnsureSeedPolicy;

/// <summary>
/// Stores the shipped policy text as version 1 when no version exists yet; run at start-up, so a fresh
/// installation always has a policy to show and to accept. Returns whether it published.
/// </summary>
public sealed record EnsureSeedPolicyCommand(DateTimeOffset EffectiveAt, string Text) : ICommand<bool>;
