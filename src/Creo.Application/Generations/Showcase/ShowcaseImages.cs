using System.Collections.Concurrent;

namespace Creo.Application.Generations.Showcase;

/// <summary>The rendered examples, kept for the life of the process: each is drawn once, by the first request that asks.</summary>
public sealed class ShowcaseImages
{
    private readonly ConcurrentDictionary<int, Lazy<Task<byte[]>>> rendered = new();

    internal Task<byte[]> GetOrRenderAsync(int number, Func<Task<byte[]>> render)
    {
        var lazy = rendered.GetOrAdd(number, _ => new Lazy<Task<byte[]>>(render));
        return lazy.Value;
    }
}
