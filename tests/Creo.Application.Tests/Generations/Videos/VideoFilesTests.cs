using System.Buffers.Binary;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.Videos;
using Creo.Domain.Generations;
using Creo.Testing;

namespace Creo.Application.Tests.Generations.Videos;

/// <summary>
/// The video reader against real files made by ffmpeg, and against files made to hurt it: cut short, garbage, boxes
/// and elements claiming gigabytes, boxes that would loop. Refusing must cost next to nothing: what a file claims is
/// never allocated (measured in bytes allocated, not in time).
/// </summary>
public sealed class VideoFilesTests
{
    /// <summary>Reading walks the buffer it is given; anything near a claimed size would be megabytes.</summary>
    private const long AllocationBudget = 64 * 1024;

    [Fact]
    public void The_mp4_fixture_is_two_seconds_of_320_by_240()
    {
        var facts = VideoFiles.Read(TestVideos.Mp4, "video/mp4");

        Assert.NotNull(facts);
        Assert.Equal(2.0, facts.DurationSeconds, precision: 2);
        Assert.Equal((320, 240), (facts.Width, facts.Height));
    }

    [Fact]
    public void The_webm_fixture_is_one_and_a_half_seconds_of_160_by_120()
    {
        var facts = VideoFiles.Read(TestVideos.Webm, "video/webm");

        Assert.NotNull(facts);
        Assert.Equal(1.5, facts.DurationSeconds, precision: 2);
        Assert.Equal((160, 120), (facts.Width, facts.Height));
    }

    [Theory]
    [InlineData("video/mp4")]
    [InlineData("video/webm")]
    public void A_file_cut_short_or_replaced_by_garbage_is_refused(string contentType)
    {
        var whole = contentType == "video/mp4" ? TestVideos.Mp4 : TestVideos.Webm;
        var garbage = new byte[4096];
        new Random(20).NextBytes(garbage);

        foreach (var length in new[] { 0, 4, 8, 16, 40, 100, 300 })
        {
            Assert.Null(VideoFiles.Read(whole.AsSpan(0, Math.Min(length, whole.Length)), contentType));
        }

        Assert.Null(VideoFiles.Read(garbage, contentType));
        Assert.Null(VideoFiles.Read("<!doctype html><html><body>not a video</body></html>"u8, contentType));
    }

    [Fact]
    public void An_mp4_whose_boxes_claim_more_than_is_there_is_refused_without_allocating_it()
    {
        var ftyp = Box("ftyp", "isom\0\0\0\0isommp41"u8.ToArray());
        var huge32 = Concat(ftyp, BigEndian32(0xFFFF_FFF0), "moov"u8.ToArray(), new byte[64]);
        var huge64 = Concat(ftyp, BigEndian32(1), "moov"u8.ToArray(), BigEndian64(long.MaxValue), new byte[64]);
        // moov honest, but mvhd inside it claims 4 GB.
        var nested = Concat(ftyp, Box("moov", Concat(BigEndian32(0xFFFF_FF00), "mvhd"u8.ToArray(), new byte[100])));

        foreach (var file in new[] { huge32, huge64, nested })
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Assert.Null(VideoFiles.Read(file, "video/mp4"));
            Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, AllocationBudget);
        }
    }

    [Fact]
    public void An_mp4_box_shorter_than_its_own_header_ends_the_walk_instead_of_looping()
    {
        // A size of 4 (or 2..7) would step back into itself if taken at its word.
        foreach (var size in new uint[] { 2, 4, 7 })
        {
            var file = Concat(Box("ftyp", "isom\0\0\0\0"u8.ToArray()), BigEndian32(size), "free"u8.ToArray(), Box("moov", []));
            Assert.Null(VideoFiles.Read(file, "video/mp4"));
        }
    }

    [Fact]
    public void A_hundred_thousand_empty_boxes_are_walked_through_once_and_refused()
    {
        var empty = Box("free", []);
        var file = new byte[empty.Length * 100_000];
        for (var offset = 0; offset < file.Length; offset += empty.Length)
        {
            empty.CopyTo(file, offset);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Null(VideoFiles.Read(file, "video/mp4"));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, AllocationBudget);
    }

    [Fact]
    public void An_mp4_claiming_an_impossible_duration_or_picture_is_refused()
    {
        // The fixture with mvhd's duration (version 0: after version, flags, two times and the timescale) near 2^32 ticks: days.
        var slow = (byte[])TestVideos.Mp4.Clone();
        var mvhd = slow.AsSpan().IndexOf("mvhd"u8) + 4;
        BinaryPrimitives.WriteUInt32BigEndian(slow.AsSpan(mvhd + 16), 0xFFFF_FFF0);
        // The fixture with tkhd's width set to 0.
        var flat = (byte[])TestVideos.Mp4.Clone();
        var tkhd = flat.AsSpan().IndexOf("tkhd"u8) + 4;
        BinaryPrimitives.WriteUInt32BigEndian(flat.AsSpan(tkhd + 4 + 20 + 52), 0);

        Assert.Null(VideoFiles.Read(slow, "video/mp4"));
        Assert.Null(VideoFiles.Read(flat, "video/mp4"));
    }

    [Fact]
    public void A_webm_element_claiming_more_than_is_there_is_refused_without_allocating_it()
    {
        // EBML header, then a Segment of unknown size holding an Info element that claims 2^56 - 2 bytes.
        var file = Concat(
            [0x1A, 0x45, 0xDF, 0xA3, 0x80],
            [0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
            [0x15, 0x49, 0xA9, 0x66, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE],
            new byte[64]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Null(VideoFiles.Read(file, "video/webm"));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, AllocationBudget);
    }

    [Fact]
    public void A_video_model_must_send_a_readable_video_and_an_image_model_an_image()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        var (contentType, video) = OutputAcceptance.Check(TestVideos.Mp4, MediaKind.Video);
        Assert.Equal("video/mp4", contentType);
        Assert.Equal(320, video?.Width);
        Assert.Throws<OutputRefusedException>(() => OutputAcceptance.Check(png, MediaKind.Video));
        Assert.Throws<OutputRefusedException>(() => OutputAcceptance.Check("<html>video</html>"u8.ToArray(), MediaKind.Video));
        Assert.Throws<OutputRefusedException>(() => OutputAcceptance.Check(TestVideos.Mp4.AsSpan(0, 200).ToArray(), MediaKind.Video));
        Assert.Throws<OutputRefusedException>(() => OutputAcceptance.Check(TestVideos.Mp4, MediaKind.Image));
        Assert.Equal(("image/png", (VideoFacts?)null), OutputAcceptance.Check(png, MediaKind.Image));
    }

    private static byte[] Box(string type, byte[] body) => Concat(BigEndian32((uint)(body.Length + 8)), System.Text.Encoding.ASCII.GetBytes(type), body);

    private static byte[] BigEndian32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];
}
