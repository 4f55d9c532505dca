namespace Creo.Application.Privacy.CompleteDataExport;

internal sealed class CompleteDataExportCommandValidator : AbstractValidator<CompleteDataExportCommand>
{
    public CompleteDataExportCommandValidator()
    {
        RuleFor(c => c.ExportId).NotEmpty();
        RuleFor(c => c.SizeBytes).GreaterThan(0);
    }
}
