namespace Creo.Application.Generations.Providers;

/// <summary>
/// A provider whose later calls need more than its own id (fal keeps a request under its model's app id) stores the
/// prediction as <c>{id}@{route}</c>. Its webhooks name the id alone, and a callback finds the generation either way.
/// </summary>
public static class PredictionRoutes
{
    public const char Separator = '@';

    public static string Join(string id, string route) => id + Separator + route;

    /// <summary>The id and the route after it; a plain id has no route.</summary>
    public static (string Id, string? Route) Split(string predictionId)
    {
        var at = predictionId.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (predictionId, null) : (predictionId[..at], predictionId[(at + 1)..]);
    }
}
