namespace Creo.Application.Common.Ports;

/// <summary>
/// Tells which database constraint refused a write, whatever the provider, so a use case can turn the
/// database's own guarantee (a unique source key, a balance that may not go negative) into a clear answer.
/// </summary>
public interface IDatabaseErrors
{
    /// <summary>True when <paramref name="exception"/> is a violation of the named unique index or check constraint.</summary>
    bool IsViolationOf(Exception exception, string constraintName);
}
