namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// <c>index.html</c>: the archive as a document a person can read, offline and unzipped — who they are, what they
/// made (a gallery captioned by their prompts), their credits, payments, choices, sessions and requests — and then
/// every table as stored. Self-contained: inline styles, pictures from the archive's own files by relative links,
/// no script, and a policy that lets the page load nothing from anywhere else. Every value is HTML-encoded.
/// </summary>
internal static class DataExportIndexPage
{
    /// <summary>
    /// Nothing but the archive's own images and the page's own styles: were a value ever written unencoded, it could
    /// neither run nor call out.
    /// </summary>
    private const string Policy = "default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    public static async Task WriteAsync(Stream stream, ExportTables archive, DateTimeOffset exportedAt)
    {
        await using var page = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        await page.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{{Policy}}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Your Crëo data</title>
            <style>
            {{DataExportPageStyle.Css}}
            </style>
            </head>
            <body>
            <header>
            <p class="brand">Crëo</p>
            <h1>Your Crëo data</h1>
            <p>Everything Crëo held about your account on {{ExportText.When(exportedAt)}}. The same data is in the JSON files
            beside this page, one per table, for any program to read; <a href="README.txt">README.txt</a> explains them.</p>
            <nav aria-label="Contents">
            <ul class="toc">
            <li><a href="#you">Who you are</a></li>
            <li><a href="#generations">Your generations</a></li>
            <li><a href="#uploads">Your uploads</a></li>
            <li><a href="#credits">Credits</a></li>
            <li><a href="#payments">Payments</a></li>
            <li><a href="#consents">Your choices</a></li>
            <li><a href="#sessions">Sessions</a></li>
            <li><a href="#requests">Privacy requests</a></li>
            <li><a href="#raw">All the data, table by table</a></li>
            </ul>
            </nav>
            </header>
            <main>

            """);
        await DataExportGallery.ProfileAsync(page, archive);
        await DataExportGallery.GenerationsAsync(page, archive);
        await DataExportGallery.UploadsAsync(page, archive);
        await DataExportRecords.CreditsAsync(page, archive);
        await DataExportRecords.PaymentsAsync(page, archive);
        await DataExportRecords.ConsentsAsync(page, archive);
        await DataExportRecords.SessionsAsync(page, archive);
        await DataExportRecords.RequestsAsync(page, archive);
        await DataExportRawTables.WriteAsync(page, archive);
        await page.WriteLineAsync("</main>\n</body>\n</html>");
    }
}
