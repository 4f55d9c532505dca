namespace Creo.Application.Privacy.RecordBreachMails;

/// <summary>
/// Marks these people's breach notifications mailed, since the relay accepted their mails (one transaction per
/// batch); rows already marked keep their time. Returns how many it marked.
/// </summary>
public sealed record RecordBreachMailsCommand(Guid BreachId, IReadOnlyList<Guid> UserIds) : ICommand<int>;
