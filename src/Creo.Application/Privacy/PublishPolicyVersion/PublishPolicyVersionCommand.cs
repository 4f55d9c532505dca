using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.PublishPolicyVersion;

/// <summary>Publishes a new version of the privacy policy (policy section 12).</summary>
public sealed record PublishPolicyVersionCommand(int Version, DateTimeOffset EffectiveAt, bool Material, string Text)
    : ICommand<PolicyVersionDto>;
