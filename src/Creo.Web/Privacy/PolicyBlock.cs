namespace Creo.Web.Privacy;

/// <summary>One rendered piece of the policy text.</summary>
public abstract record PolicyBlock
{
    public sealed record Section(string Number, string Title) : PolicyBlock;

    public sealed record Subheading(string Text) : PolicyBlock;

    public sealed record Paragraph(string Text) : PolicyBlock;

    public sealed record List(IReadOnlyList<string> Items) : PolicyBlock;

    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : PolicyBlock;
}
