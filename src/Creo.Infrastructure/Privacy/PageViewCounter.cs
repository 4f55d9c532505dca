using Creo.Application.Privacy;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Creo.Infrastructure.Privacy;

/// <summary>
/// <c>INSERT … ON CONFLICT … DO UPDATE</c>, which SQLite and PostgreSQL spell alike: the first view of a page on a
/// day inserts its row, every later one adds to it, and concurrent views serialise on the row instead of failing
/// on each other's insert. It runs inside the command's transaction, on the context's own connection. Table and
/// column names come from the EF model, so the SQL follows each provider's layout (schema or table prefix).
/// </summary>
internal sealed class PageViewCounter(CreoDbContext db) : IPageViewCounter
{
    public Task IncrementAsync(DateOnly day, string page, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(UpsertSql(), [day, page], cancellationToken);

    private string UpsertSql()
    {
        var entity = db.Model.FindEntityType(typeof(DailyPageViews))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(store)!);
        var table = sql.DelimitIdentifier(store.Name, store.Schema);
        var (dayColumn, pageColumn, views) = (Column(nameof(DailyPageViews.Day)), Column(nameof(DailyPageViews.Page)), Column(nameof(DailyPageViews.Views)));
        return $"INSERT INTO {table} ({dayColumn}, {pageColumn}, {views}) VALUES ({{0}}, {{1}}, 1) "
            + $"ON CONFLICT ({dayColumn}, {pageColumn}) DO UPDATE SET {views} = {table}.{views} + 1";
    }
}
