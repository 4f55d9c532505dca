namespace Creo.Application.Privacy.GetPolicyChangeNotice;

/// <summary>
/// The material policy change the person has not accepted yet, for the dashboard banner (policy section 12); null when
/// there is none.
/// </summary>
public sealed record GetPolicyChangeNoticeQuery(Guid UserId) : IQuery<PolicyChangeNoticeDto?>;
