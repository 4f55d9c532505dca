namespace Creo.Application.Privacy.AnnouncePolicyChangeBatch;

/// <summary>How many were told in a batch, and the account to continue after (null when every account was reached).</summary>
public sealed record AnnouncementBatch(int Told, Guid? Next);
