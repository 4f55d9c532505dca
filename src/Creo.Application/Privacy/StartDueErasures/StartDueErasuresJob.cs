namespace Creo.Application.Privacy.StartDueErasures;

/// <summary>Starts the erasure of every account past its deletion date, and restarts any erasure a crash interrupted.</summary>
public sealed record StartDueErasuresJob : IJob
{
    public const string RecurringName = "Erase accounts past their deletion date";
}
