namespace Creo.Web.Common;

/// <summary>
/// Reads a webhook's raw body: a signature covers the exact bytes, so nothing may be parsed or re-encoded first.
/// Events are small; a body past <c>maxBytes</c> is refused (413) before it is all read.
/// </summary>
internal static class WebhookBodies
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new PayloadTooLargeException("webhook-too-large", "A webhook event is never this large.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
