namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// The styles of <c>index.html</c>, inline because the page must work opened from a folder with nothing else:
/// readable measure, a gallery of square thumbnails of one size, and tables that scroll inside their own box.
/// </summary>
internal static class DataExportPageStyle
{
    public const string Css = """
        :root { color-scheme: light; --text: #1d1d1f; --muted: #4f5358; --line: #d9dce1; --accent: #5b3cc4; --surface: #f6f6f8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #fff; }
        header, main { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
        header { padding-top: 2rem; padding-bottom: .5rem; }
        .brand { margin: 0; font-weight: 700; color: var(--accent); letter-spacing: .02em; }
        h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0 .75rem; }
        h2 { font-size: 1.45rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 1px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.75rem 0 .25rem; }
        p { max-width: 48rem; }
        a { color: #3a22a0; }
        a:focus-visible, .scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        code { font-size: .9em; }
        .muted { color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .toc { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; padding: 0; margin: .5rem 0 0; list-style: none; }
        .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; margin: 0; }
        .facts div { background: var(--surface); border-radius: .5rem; padding: .6rem .8rem; min-width: 0; }
        .facts dt { font-size: .85rem; color: var(--muted); }
        .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
        .gallery { list-style: none; padding: 0; margin: 1rem 0 0; display: grid; gap: 1.25rem;
          grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr)); }
        .gallery-small { grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr)); }
        .gallery figure { margin: 0; }
        .thumb { display: block; aspect-ratio: 1; border-radius: .5rem; overflow: hidden; background: var(--surface); border: 1px solid var(--line); }
        .thumb img { display: block; width: 100%; height: 100%; object-fit: cover; }
        .thumb-empty { display: flex; align-items: center; justify-content: center; text-align: center; padding: 1rem; color: var(--muted); }
        figcaption { margin-top: .5rem; font-size: .95rem; }
        figcaption p { margin: 0 0 .2rem; }
        .prompt { overflow-wrap: anywhere; white-space: pre-wrap; }
        .scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
        table { border-collapse: collapse; font-size: .92rem; min-width: 100%; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: var(--surface); }
        .raw { font-size: .8rem; }
        .raw td { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 10ch; max-width: 32rem; }
        .files { padding-left: 1.25rem; overflow-wrap: anywhere; }
        @media (max-width: 30rem) { h1 { font-size: 1.6rem; } header, main { padding: 0 1rem; } header { padding-top: 1.25rem; } }
        """;
}
