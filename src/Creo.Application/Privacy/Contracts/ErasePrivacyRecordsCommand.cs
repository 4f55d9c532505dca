using Mediator;

namespace Creo.Application.Privacy.Contracts;

/// <summary>The privacy part of erasing an account: its consent records, privacy requests and policy-change notices go.</summary>
public sealed record ErasePrivacyRecordsCommand(Guid UserId) : ICommand<int>;
