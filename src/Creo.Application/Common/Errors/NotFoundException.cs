namespace Creo.Application.Common.Errors;

/// <summary>
/// The thing asked for does not exist for this caller. Also thrown for another account's data, so that a
/// stranger's id and a missing id are indistinguishable (404 either way).
/// </summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.")
{
    public string What { get; } = what;
}
