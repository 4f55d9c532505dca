namespace Creo.Testing;

/// <summary>Real videos made once with ffmpeg (Fixtures/README.md says how), embedded in this assembly.</summary>
public static class TestVideos
{
    private static readonly Lazy<byte[]> Mp4Bytes = new(() => Read("video-2s.mp4"));
    private static readonly Lazy<byte[]> WebmBytes = new(() => Read("video-1.5s.webm"));

    /// <summary>2 seconds, 320×240, H.264 in MP4 with its <c>moov</c> first: what the Replicate stand-in's video model makes.</summary>
    public static byte[] Mp4 => Mp4Bytes.Value;

    /// <summary>1.5 seconds, 160×120, VP9 in WebM.</summary>
    public static byte[] Webm => WebmBytes.Value;

    private static byte[] Read(string name)
    {
        using var stream = typeof(TestVideos).Assembly.GetManifestResourceStream("Creo.Testing.Fixtures." + name)
            ?? throw new InvalidOperationException($"The video fixture {name} is not embedded in Creo.Testing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
