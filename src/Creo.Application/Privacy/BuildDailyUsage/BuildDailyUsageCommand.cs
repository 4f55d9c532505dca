namespace Creo.Application.Privacy.BuildDailyUsage;

/// <summary>
/// (Re)computes one UTC day's usage aggregates from scratch and replaces that day's rows in one transaction, so
/// running it again never counts anything twice. Only generations of people whose analytics consent was in force
/// when they submitted them count. Returns how many rows the day now has.
/// </summary>
public sealed record BuildDailyUsageCommand(DateOnly Day) : ICommand<int>;
