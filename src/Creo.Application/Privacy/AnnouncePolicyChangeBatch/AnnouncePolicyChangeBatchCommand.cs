namespace Creo.Application.Privacy.AnnouncePolicyChangeBatch;

/// <summary>Mails the next <paramref name="Take"/> accounts after <paramref name="After"/>, skipping those already told about the version.</summary>
public sealed record AnnouncePolicyChangeBatchCommand(Guid PolicyVersionId, Guid? After, int Take) : ICommand<AnnouncementBatch>;
