namespace Creo.Application.Generations.ExportGenerationsData;

/// <summary>The generations tables in the export: generations, their outputs and uploads; outputs and uploads name media.</summary>
internal sealed class ExportGenerationsDataQueryHandler : IQueryHandler<ExportGenerationsDataQuery, PersonalDataPart>
{
    public ValueTask<PersonalDataPart> Handle(ExportGenerationsDataQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new PersonalDataPart(
            "generations",
            [
                new PersonalDataTable("generations", new ExportGenerationsDataRowsQuery(query.UserId, "generations")),
                new PersonalDataTable("generation_outputs", new ExportGenerationsDataRowsQuery(query.UserId, "generation_outputs"), HasFiles: true),
                new PersonalDataTable("uploads", new ExportGenerationsDataRowsQuery(query.UserId, "uploads"), HasFiles: true),
            ]));
}
