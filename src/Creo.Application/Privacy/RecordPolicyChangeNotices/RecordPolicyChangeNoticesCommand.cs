namespace Creo.Application.Privacy.RecordPolicyChangeNotices;

/// <summary>
/// Writes down that the relay accepted the policy-change mail to these accounts (one row each, one transaction per
/// batch); those already recorded are left as they are. Returns how many rows it added.
/// </summary>
public sealed record RecordPolicyChangeNoticesCommand(Guid PolicyVersionId, IReadOnlyList<Guid> UserIds) : ICommand<int>;
