using Creo.Infrastructure.Privacy;
using Creo.Web.Privacy;

namespace Creo.Web.Tests.Privacy;

public sealed class PolicyDocumentTests
{
    private readonly PolicyDocument document = PolicyDocument.Parse(SeedPolicy.ReadText());

    [Fact]
    public void The_seed_policy_has_its_thirteen_numbered_sections_in_order()
    {
        var sections = document.Blocks.OfType<PolicyBlock.Section>().ToList();

        Assert.Equal(Enumerable.Range(1, 13).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), sections.Select(s => s.Number));
        Assert.Equal("Summary", sections[0].Title);
        Assert.Equal("Your rights", sections[6].Title);
    }

    [Fact]
    public void The_purposes_table_becomes_a_table_with_a_header()
    {
        var table = Assert.Single(document.Blocks.OfType<PolicyBlock.Table>());

        Assert.Equal(["Purpose", "Data used"], table.Header);
        Assert.Equal(6, table.Rows.Count);
        Assert.Equal(["Running the studio", "Account, prompts, generations, credits"], table.Rows[0]);
    }

    [Fact]
    public void Sub_headings_and_lists_are_recognised_and_no_text_is_lost()
    {
        Assert.Contains(document.Blocks, b => b is PolicyBlock.Subheading { Text: "Account data" });
        var rights = document.Blocks.OfType<PolicyBlock.List>().Single(l => l.Items.Any(i => i.StartsWith("Access", StringComparison.Ordinal)));
        Assert.Equal(6, rights.Items.Count);

        // Every letter and digit of the text reaches a block; only layout marks ("- ", "|", "---") are consumed.
        var rendered = string.Concat(document.Blocks.Select(b => b switch
        {
            PolicyBlock.Section s => s.Number + s.Title,
            PolicyBlock.Subheading h => h.Text,
            PolicyBlock.Paragraph p => p.Text,
            PolicyBlock.List l => string.Concat(l.Items),
            PolicyBlock.Table t => string.Concat(t.Header.Concat(t.Rows.SelectMany(r => r))),
            _ => string.Empty,
        }));
        Assert.Equal(LettersAndDigits(SeedPolicy.ReadText()), LettersAndDigits(rendered));
    }

    private static string LettersAndDigits(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[^\p{L}\p{N}]", string.Empty);
}
