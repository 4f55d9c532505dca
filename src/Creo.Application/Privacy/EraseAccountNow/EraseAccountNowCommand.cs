
namespace Creo.Application.Privacy.EraseAccountNow;

/// <summary>
/// Erasure without the grace period (a reported minor's account, policy section 10): every session ends, a pending
/// deletion is brought forward to now, and the erasure saga is started as soon as this commits. Returns the deletion id.
/// </summary>
public sealed record EraseAccountNowCommand(Guid UserId) : ICommand<Guid>;
