namespace Creo.Application.Privacy;

/// <summary>Settings of account deletion (bound from <c>Privacy__…</c>).</summary>
public sealed class DeletionOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Days between a deletion request and the erasure, during which signing in and cancelling keeps the account.
    /// At most 30 (policy section 06); 14 leaves room for a retried erasure well inside that promise.
    /// </summary>
    public int DeletionGraceDays { get; set; } = 14;

    public TimeSpan Grace => TimeSpan.FromDays(Math.Clamp(DeletionGraceDays, 0, (int)Domain.Privacy.AccountDeletion.LongestGrace.TotalDays));
}
