namespace Creo.Application.Privacy.FailDataExport;

internal sealed class FailDataExportCommandValidator : AbstractValidator<FailDataExportCommand>
{
    public FailDataExportCommandValidator()
    {
        RuleFor(c => c.ExportId).NotEmpty();
    }
}
