namespace Creo.Application.Accounts;

/// <summary>What a minor's removal did: <c>pending</c> (support filed it; an admin confirms) or <c>erasing</c> (an admin's: erasure started).</summary>
public sealed record MinorRemovalDto(string Status)
{
    public const string Pending = "pending";
    public const string Erasing = "erasing";
}
