namespace Creo.Application.Common.Ports;

/// <summary>
/// Tells which database constraint refused a write, whatever the provider, so a use case can turn the
/// database's own guarantee (a unique source key, a balance that may not go negative) into a clear answer.
/// </summary>
public interface IDatabaseErrors
{
    /// <summary>True when <paramref name="exception"/> is a violation of the named unique index or check constraint.</summary>
    bool IsViolationOf(Exception exception, string constraintName);

    /// <summary>
    /// True when any unique index or primary key refused the write: another transaction stored the same fact first.
    /// For use cases whose every unique key is a business key, where losing such a race means "already done".
    /// </summary>
    bool IsUniqueViolation(Exception exception);
}
