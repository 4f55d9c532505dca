using Npgsql;
using OpenTelemetry.Trace;

namespace Creo.Infrastructure.Telemetry;

/// <summary>
/// PostgreSQL's spans, from Npgsql's own instrumentation (here, because only Infrastructure knows Npgsql). A span
/// carries the SQL text, whose values are always parameters: a prompt or an address is never part of it.
/// </summary>
public static class DatabaseTracing
{
    public static TracerProviderBuilder AddCreoDatabaseTracing(this TracerProviderBuilder tracing) => tracing.AddNpgsql();
}
