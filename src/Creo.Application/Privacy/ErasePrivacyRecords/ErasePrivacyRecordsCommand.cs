
namespace Creo.Application.Privacy.ErasePrivacyRecords;

/// <summary>
/// The privacy part of erasing an account: its consent records, privacy requests, policy-change notices, breach
/// notifications and export records go (the archives themselves live under the person's storage prefix, which erasure removes whole).
/// </summary>
public sealed record ErasePrivacyRecordsCommand(Guid UserId) : ICommand<int>;
