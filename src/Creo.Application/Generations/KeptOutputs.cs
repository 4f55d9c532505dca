using System.Globalization;

namespace Creo.Application.Generations;

/// <summary>
/// Outputs an earlier attempt copied into storage before its worker died, ahead of finishing the generation. Outputs go
/// under fixed keys (<c>{prefix}{index}.{ext}</c>) and only finishing writes anything else there, so what is found under
/// an unfinished generation's prefix is exactly what its host already delivered — and was already paid for.
/// </summary>
internal static class KeptOutputs
{
    public static async Task<IReadOnlyList<StoredOutput>> FindAsync(IObjectStorage storage, Guid userId, Guid generationId, CancellationToken cancellationToken)
    {
        var prefix = Generation.StoragePrefixOf(userId, generationId);
        var outputs = new List<(int Index, StoredOutput Output)>();
        foreach (var key in await storage.ListAsync(prefix, cancellationToken))
        {
            var name = key[prefix.Length..];
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (!int.TryParse(dot < 0 ? name : name[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                continue;
            }

            await using var stored = await storage.OpenReadAsync(key, cancellationToken);
            if (stored is not null)
            {
                outputs.Add((index, new StoredOutput(key, stored.ContentType, stored.Length)));
            }
        }

        return [.. outputs.OrderBy(output => output.Index).Select(output => output.Output)];
    }
}
