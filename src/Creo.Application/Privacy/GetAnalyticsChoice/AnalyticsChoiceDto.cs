namespace Creo.Application.Privacy.GetAnalyticsChoice;

/// <param name="Chosen">Whether any decision on analytics was ever recorded.</param>
/// <param name="Granted">Whether the newest one allows analytics (false when none was made).</param>
public sealed record AnalyticsChoiceDto(bool Chosen, bool Granted);
