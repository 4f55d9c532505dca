namespace Creo.Infrastructure.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before an instance takes traffic (<c>/health/ready</c>).</summary>
    public const string Ready = "ready";
}
