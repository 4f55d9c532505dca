
namespace Creo.Application.Generations.EraseGenerations;

/// <summary>
/// The generations part of erasing an account: runs still at a provider are told to stop, every object under the
/// person's storage prefix is removed, and their generations and uploads go. Returns how many objects were removed.
/// </summary>
public sealed record EraseGenerationsCommand(Guid UserId) : ICommand<int>;
