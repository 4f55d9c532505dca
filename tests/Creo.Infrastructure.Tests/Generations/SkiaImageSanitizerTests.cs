using System.Text;
using Creo.Application.Common.Errors;
using Creo.Domain.Generations;
using Creo.Infrastructure.Generations.Uploads;
using SkiaSharp;

namespace Creo.Infrastructure.Tests.Generations;

public sealed class SkiaImageSanitizerTests
{
    private readonly SkiaImageSanitizer sanitizer = new(new UploadsOptions(), new UploadDecodeSlots(new UploadsOptions()));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_phone_jpeg_comes_out_as_a_png_without_exif_gps_xmp_or_comments()
    {
        using var pixels = TestImages.Busy(64, 48);
        var jpeg = JpegMetadata.Add(TestImages.Encode(pixels, SKEncodedImageFormat.Jpeg), orientation: 1);
        Assert.True(TestImages.Contains(jpeg, "Exif") && TestImages.Contains(jpeg, "GPS") && TestImages.Contains(jpeg, JpegMetadata.Make));

        var clean = await sanitizer.SanitizeAsync(new MemoryStream(jpeg), Cancel);

        Assert.Equal(("image/png", 64, 48), (clean.ContentType, clean.Width, clean.Height));
        Assert.DoesNotContain(PngChunks.TypesOf(clean.Content), type => type is "eXIf" or "tEXt" or "iTXt" or "zTXt" or "iCCP");
        foreach (var trace in new[] { "Exif", "GPS", JpegMetadata.Make, "xmpmeta", JpegMetadata.XmpSecret, JpegMetadata.Comment })
        {
            Assert.False(TestImages.Contains(clean.Content, trace), $"'{trace}' survived sanitizing.");
        }

        using var decoded = TestImages.Decode(clean.Content);
        Assert.True(TestImages.MeanDifference(pixels, decoded) < 6, "The pixels should survive, give or take JPEG's losses.");
    }

    [Fact]
    public async Task An_orientation_6_photo_comes_out_upright()
    {
        using var stored = TestImages.Quadrants(64, 32);
        var jpeg = JpegMetadata.Add(TestImages.Encode(stored, SKEncodedImageFormat.Jpeg), orientation: 6);

        var clean = await sanitizer.SanitizeAsync(new MemoryStream(jpeg), Cancel);

        // Orientation 6 means "turn 90° clockwise to view": the stored left edge becomes the top.
        Assert.Equal((32, 64), (clean.Width, clean.Height));
        using var upright = TestImages.Decode(clean.Content);
        Assert.Equal((32, 64), (upright.Width, upright.Height));
        Assert.Equal(SKColors.Blue, TestImages.NearestQuadrantColour(upright.GetPixel(8, 16)));
        Assert.Equal(SKColors.Red, TestImages.NearestQuadrantColour(upright.GetPixel(24, 16)));
        Assert.Equal(SKColors.Yellow, TestImages.NearestQuadrantColour(upright.GetPixel(8, 48)));
        Assert.Equal(SKColors.Lime, TestImages.NearestQuadrantColour(upright.GetPixel(24, 48)));
    }

    [Theory]
    [InlineData(1, "Red", "Lime")]
    [InlineData(2, "Lime", "Red")]
    [InlineData(3, "Yellow", "Blue")]
    [InlineData(4, "Blue", "Yellow")]
    [InlineData(5, "Red", "Blue")]
    [InlineData(6, "Blue", "Red")]
    [InlineData(7, "Yellow", "Lime")]
    [InlineData(8, "Lime", "Yellow")]
    public async Task Every_exif_orientation_is_applied_to_the_pixels(ushort orientation, string topLeft, string topRight)
    {
        using var stored = TestImages.Quadrants(64, 32);
        var jpeg = JpegMetadata.Add(TestImages.Encode(stored, SKEncodedImageFormat.Jpeg), orientation);

        var clean = await sanitizer.SanitizeAsync(new MemoryStream(jpeg), Cancel);

        var turned = orientation >= 5;
        Assert.Equal(turned ? (32, 64) : (64, 32), (clean.Width, clean.Height));
        using var upright = TestImages.Decode(clean.Content);
        Assert.Equal(Colour(topLeft), TestImages.NearestQuadrantColour(upright.GetPixel(upright.Width / 4, upright.Height / 4)));
        Assert.Equal(Colour(topRight), TestImages.NearestQuadrantColour(upright.GetPixel(upright.Width * 3 / 4, upright.Height / 4)));
    }

    [Fact]
    public async Task A_transparent_png_keeps_its_transparency()
    {
        using var bitmap = new SKBitmap(20, 10, SKColorType.Rgba8888, SKAlphaType.Premul);
        bitmap.Erase(SKColors.Transparent);
        bitmap.SetPixel(3, 4, SKColors.Red);

        var clean = await sanitizer.SanitizeAsync(new MemoryStream(TestImages.Encode(bitmap, SKEncodedImageFormat.Png)), Cancel);

        using var decoded = TestImages.Decode(clean.Content);
        Assert.Equal(SKColors.Red, decoded.GetPixel(3, 4));
        Assert.Equal(0, decoded.GetPixel(10, 5).Alpha);
    }

    [Theory]
    [InlineData("hello, this is not a picture")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000 photo.png inside a zip")]
    [InlineData("")]
    public async Task Bytes_that_are_not_an_image_are_refused_whatever_the_file_is_called(string content)
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => sanitizer.SanitizeAsync(new MemoryStream(Encoding.Latin1.GetBytes(content)), Cancel));

        Assert.Equal("not-an-image", refusal.Code);
    }

    [Fact]
    public async Task A_truncated_jpeg_is_refused()
    {
        using var pixels = TestImages.Busy(256, 256);
        var jpeg = TestImages.Encode(pixels, SKEncodedImageFormat.Jpeg);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => sanitizer.SanitizeAsync(new MemoryStream(jpeg[..(jpeg.Length / 2)]), Cancel));

        Assert.Equal("not-an-image", refusal.Code);
    }

    [Fact]
    public async Task An_upload_over_10_MB_is_refused()
    {
        var content = new byte[11 * 1024 * 1024];
        TestImages.Encode(TestImages.Quadrants(8, 8), SKEncodedImageFormat.Png).CopyTo(content, 0);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => sanitizer.SanitizeAsync(new MemoryStream(content), Cancel));

        Assert.Equal("upload-too-large", refusal.Code);
    }

    [Fact]
    public async Task An_endless_upload_is_refused_soon_after_the_limit_without_being_read_to_the_end()
    {
        var endless = new EndlessStream();

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => sanitizer.SanitizeAsync(endless, Cancel));

        Assert.Equal("upload-too-large", refusal.Code);
        Assert.InRange(endless.BytesRead, Upload.MaxBytes, Upload.MaxBytes + (1024 * 1024));
    }

    [Fact]
    public async Task A_header_claiming_50000_by_50000_is_refused_without_decoding()
    {
        // 7.5 GB of pixels if anyone decoded it; the refusal has to come from the header alone.
        var bomb = PngChunks.Claiming(50_000, 50_000);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => sanitizer.SanitizeAsync(new MemoryStream(bomb), Cancel));

        Assert.Equal("image-too-large", refusal.Code);
    }

    [Fact]
    public async Task An_image_taller_than_8192_pixels_is_refused_even_when_narrow()
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() => sanitizer.SanitizeAsync(new MemoryStream(PngChunks.Claiming(1, 8193)), Cancel));

        Assert.Equal("image-too-large", refusal.Code);
    }

    private static SKColor Colour(string name) => name switch
    {
        "Red" => SKColors.Red,
        "Lime" => SKColors.Lime,
        "Blue" => SKColors.Blue,
        "Yellow" => SKColors.Yellow,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>A body that never ends and cannot tell its length, like a slow client streaming forever.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)0xFF, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
