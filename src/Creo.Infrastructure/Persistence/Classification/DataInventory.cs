using System.Text;
using Creo.Domain.Common.PersonalData;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Creo.Infrastructure.Persistence.Classification;

/// <summary>
/// Renders <c>docs/data-inventory.md</c> from the classification annotations of the EF model, so the inventory
/// a person reads and the facts the code acts on can never drift apart (a test compares the committed copy).
/// </summary>
public static class DataInventory
{
    /// <summary>The full model, annotations included (the runtime model drops design-time annotations).</summary>
    public static IModel ModelOf(DbContext context) => context.GetService<IDesignTimeModel>().Model;

    /// <summary>Every stored property with its table, column and classification (null where none is declared).</summary>
    public static IEnumerable<StoredValue> StoredValues(IModel model) =>
        from entity in model.GetEntityTypes()
        let table = entity.GetTableName()
        where table is not null
        from property in entity.GetProperties()
        orderby entity.GetSchema(), table, property.GetColumnName()
        select new StoredValue(entity.GetSchema() ?? "main", table, property.GetColumnName(), entity.ClrType.Name, property.Name, property.FindClassification());

    public static string Render(IModel model)
    {
        var text = new StringBuilder();
        text.AppendLine("# Data inventory");
        text.AppendLine();
        text.AppendLine("Generated from the classification of every stored property in the EF Core model (PostgreSQL layout, one schema per module).");
        text.AppendLine("Do not edit by hand: `CREO_UPDATE_DOCS=1 bash scripts/test.sh` rewrites it, and a test fails when it is stale.");
        text.AppendLine("Categories, purposes, legal bases and retention rules are those of the privacy policy (sections 02, 03, 06 and 08).");
        foreach (var schema in StoredValues(model).GroupBy(v => v.Schema))
        {
            text.AppendLine();
            text.AppendLine($"## Schema `{schema.Key}`");
            foreach (var table in schema.GroupBy(v => v.Table))
            {
                text.AppendLine();
                text.AppendLine($"### `{schema.Key}.{table.Key}` ({table.First().Entity})");
                text.AppendLine();
                text.AppendLine("| column | category | purpose | legal basis | retention | export | erasure |");
                text.AppendLine("|---|---|---|---|---|---|---|");
                foreach (var value in table)
                {
                    var c = value.Classification;
                    text.AppendLine(c is null
                        ? $"| `{value.Column}` | **unclassified** | | | | | |"
                        : $"| `{value.Column}` | {c.Category} | {c.Purpose} | {c.Basis} | {c.Retention} | {c.Export} | {c.Erasure} |");
                }
            }
        }

        return text.ToString();
    }
}
