namespace Creo.Application.Credits.ExportCreditsData;

internal sealed class ExportCreditsDataQueryHandler : IQueryHandler<ExportCreditsDataQuery, PersonalDataPart>
{
    public ValueTask<PersonalDataPart> Handle(ExportCreditsDataQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new PersonalDataPart(
            "credits",
            [
                new PersonalDataTable("credit_accounts", new ExportCreditsDataRowsQuery(query.UserId, "credit_accounts")),
                new PersonalDataTable("credit_entries", new ExportCreditsDataRowsQuery(query.UserId, "credit_entries")),
            ]));
}
