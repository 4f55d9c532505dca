namespace Creo.Application.Privacy.Contracts;

/// <summary>A published policy version as the API and other modules see it.</summary>
public sealed record PolicyVersionDto(int Version, DateTimeOffset EffectiveAt, bool Material, string Text);
