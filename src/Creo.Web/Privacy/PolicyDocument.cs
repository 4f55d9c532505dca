using System.Text.RegularExpressions;

namespace Creo.Web.Privacy;

/// <summary>
/// Reads the policy's plain-text layout ("01 Summary" headings, "- " bullets, "| a | b |" tables, short
/// sub-headings before a list) into blocks the page renders as real headings, lists and tables, so screen
/// readers can navigate it. Text stays text: Razor encodes every block.
/// </summary>
public sealed partial class PolicyDocument
{
    private PolicyDocument(IReadOnlyList<PolicyBlock> blocks) => Blocks = blocks;

    public IReadOnlyList<PolicyBlock> Blocks { get; }

    public static PolicyDocument Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToArray();
        var blocks = new List<PolicyBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (SectionHeading().Match(line) is { Success: true } heading)
            {
                blocks.Add(new PolicyBlock.Section(heading.Groups[1].Value, heading.Groups[2].Value));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var items = TakeWhile(lines, ref i, l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
                blocks.Add(new PolicyBlock.List(items));
            }
            else if (line.StartsWith('|'))
            {
                var rows = TakeWhile(lines, ref i, l => l.StartsWith('|'))
                    .Where(l => !TableSeparator().IsMatch(l))
                    .Select(l => l.Trim('|').Split('|').Select(cell => cell.Trim()).ToList())
                    .ToList();
                blocks.Add(new PolicyBlock.Table(rows[0], rows.Skip(1).Cast<IReadOnlyList<string>>().ToList()));
            }
            else if (i + 1 < lines.Length && lines[i + 1].StartsWith("- ", StringComparison.Ordinal) && line.Length <= 40 && !line.EndsWith(':') && !line.EndsWith('.'))
            {
                blocks.Add(new PolicyBlock.Subheading(line));
            }
            else
            {
                blocks.Add(new PolicyBlock.Paragraph(line));
            }
        }

        return new PolicyDocument(blocks);
    }

    private static List<string> TakeWhile(string[] lines, ref int index, Func<string, bool> predicate)
    {
        var taken = new List<string>();
        while (index < lines.Length && predicate(lines[index]))
        {
            taken.Add(lines[index++]);
        }

        index--;
        return taken;
    }

    [GeneratedRegex(@"^(\d{2}) (\S.*)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\|[\s\-:|]+\|$")]
    private static partial Regex TableSeparator();
}
