
namespace Creo.Application.Accounts.ExportAccountData;

/// <summary>The accounts part of a person's data export: profile, sessions, devices, acceptances, security log, sign-in links.</summary>
public sealed record ExportAccountDataQuery(Guid UserId) : IQuery<PersonalDataPart>;
