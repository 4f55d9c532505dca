namespace Creo.Application.Privacy.DismissBreachNotice;

/// <summary>The person has read the dashboard notice about a breach; it stops showing (the mail and the record stay).</summary>
public sealed record DismissBreachNoticeCommand(Guid UserId, Guid BreachId) : ICommand;
