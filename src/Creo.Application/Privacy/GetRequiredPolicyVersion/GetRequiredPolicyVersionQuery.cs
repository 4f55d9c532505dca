
namespace Creo.Application.Privacy.GetRequiredPolicyVersion;

/// <summary>
/// The lowest policy version an account must have accepted to use the studio: the newest material version
/// in force, or version 1. A material change therefore asks everyone for acceptance again (policy section 12).
/// </summary>
public sealed record GetRequiredPolicyVersionQuery : IQuery<int>;
