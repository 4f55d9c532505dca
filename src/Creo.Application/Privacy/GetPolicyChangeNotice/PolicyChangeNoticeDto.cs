namespace Creo.Application.Privacy.GetPolicyChangeNotice;

/// <summary>A material change to announce: its version and effective date, and whether it is in force already.</summary>
public sealed record PolicyChangeNoticeDto(int Version, DateTimeOffset EffectiveAt, bool InForce);
