using Creo.Application.Common.Settings;

namespace Creo.Application.Privacy;

/// <summary>Settings of account deletion (bound from <c>Privacy__…</c>).</summary>
public sealed class DeletionOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Days between a deletion request and the erasure, during which signing in and cancelling keeps the account.
    /// At most 30 (policy section 06); 14 leaves room for a retried erasure well inside that promise. A value outside
    /// 0–30 stops the start rather than being clamped: an operator who wrote 60 must learn it is not what runs.
    /// </summary>
    [SettingRange("Privacy__DeletionGraceDays", 0, 30)]
    public int DeletionGraceDays { get; set; } = 14;

    public TimeSpan Grace => TimeSpan.FromDays(DeletionGraceDays);
}
