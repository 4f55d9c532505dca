using Creo.Application.Common.Settings;

namespace Creo.Application.Accounts;

/// <summary>
/// Limits on what support (not admins) may do alone, bound from <c>Staff__…</c>: a larger credit correction needs an
/// admin, so one support account cannot hand out or take away credits at will.
/// </summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>The most credits one correction by support may add or take back.</summary>
    [MinimumSetting("Staff__SupportCreditCorrectionLimit", 0)]
    public long SupportCreditCorrectionLimit { get; set; } = 1_000;

    /// <summary>The most credits, added and taken back together, one support member may correct in any 24 hours.</summary>
    [MinimumSetting("Staff__SupportDailyCreditLimit", 0)]
    public long SupportDailyCreditLimit { get; set; } = 5_000;
}
