using Microsoft.AspNetCore.StaticFiles;

namespace Creo.Infrastructure.Storage;

/// <summary>
/// The embedded default: objects are files under one root folder, never served statically or by any URL of their own. The content type is derived from the key's extension, which our keys always carry.
/// </summary>
internal sealed class FileSystemObjectStorage(string root) : IObjectStorage
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Write beside the target and move into place, so a reader never sees half an object.
        var temporary = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<StoredObject?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult<StoredObject?>(null);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);

        // Objects are replaced whole (write beside, then move), so the write time and length name one version.
        var eTag = $"\"{modified.UtcTicks:x}-{stream.Length:x}\"";
        return Task.FromResult<StoredObject?>(new StoredObject(stream, ContentTypeOf(key), stream.Length, eTag, modified));
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        // File.Delete ignores a missing file but not a missing folder; either way the object is not there, as asked.
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public async Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var keys = await ListAsync(prefix, cancellationToken);
        foreach (var key in keys)
        {
            File.Delete(PathOf(key));
        }

        RemoveEmptyFolders(Path.Combine(Path.GetFullPath(root), prefix.TrimEnd('/')));
        return keys.Count;
    }

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        ObjectKeys.ValidatePrefix(prefix);
        var fullRoot = Path.GetFullPath(root);
        IReadOnlyList<string> keys = Directory.Exists(fullRoot)
            ? Directory.EnumerateFiles(fullRoot, "*", SearchOption.AllDirectories)
                .Where(path => !path.EndsWith(".partial", StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(fullRoot, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        return Task.FromResult(keys);
    }

    internal static string ContentTypeOf(string key) =>
        ContentTypes.TryGetContentType(key, out var contentType) ? contentType : "application/octet-stream";

    /// <summary>
    /// Folders are named after their prefix (<c>users/{id}</c>), so an emptied one would still say a person
    /// was here: remove the prefix's folder and any emptied parent up to the root.
    /// </summary>
    private void RemoveEmptyFolders(string folder)
    {
        var fullRoot = Path.GetFullPath(root);
        for (var current = new DirectoryInfo(folder); current is not null && current.FullName.Length > fullRoot.Length; current = current.Parent)
        {
            if (!current.Exists)
            {
                continue;
            }

            foreach (var child in current.EnumerateDirectories("*", SearchOption.AllDirectories).OrderByDescending(d => d.FullName.Length))
            {
                if (!child.EnumerateFileSystemInfos().Any())
                {
                    child.Delete();
                }
            }

            if (current.EnumerateFileSystemInfos().Any())
            {
                return;
            }

            current.Delete();
        }
    }

    private string PathOf(string key) => Path.Combine(Path.GetFullPath(root), ObjectKeys.Validate(key));
}
