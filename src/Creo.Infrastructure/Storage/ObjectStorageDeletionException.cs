namespace Creo.Infrastructure.Storage;

/// <summary>Some objects the store was asked to delete are still there; the job that asked must fail and retry.</summary>
internal sealed class ObjectStorageDeletionException(string message) : Exception(message);
