namespace Creo.Application.Privacy.FanOut;

/// <summary>How many of a batch the relay accepted (now recorded) and refused (left for the next run).</summary>
internal readonly record struct FanOutTally(int Mailed, int Refused);
