using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.GetCurrentPolicy;

/// <summary>The policy version in force now: the newest one whose effective date has come.</summary>
public sealed record GetCurrentPolicyQuery : IQuery<PolicyVersionDto>;
