namespace Creo.Application.Privacy.Contracts;

/// <summary>The policy version in force now: the newest one whose effective date has come.</summary>
public sealed record GetCurrentPolicyQuery : IQuery<PolicyVersionDto>;
