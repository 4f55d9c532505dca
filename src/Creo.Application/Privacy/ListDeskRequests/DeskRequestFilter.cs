namespace Creo.Application.Privacy.ListDeskRequests;

/// <summary>The desk's views: <c>open</c> (every unanswered request, overdue ones first), <c>overdue</c>, <c>completed</c>, <c>all</c>.</summary>
public static class DeskRequestFilter
{
    public const string Open = "open";
    public const string Overdue = "overdue";
    public const string Completed = "completed";
    public const string All = "all";

    public static readonly string[] Names = [Open, Overdue, Completed, All];
}
