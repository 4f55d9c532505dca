namespace Creo.Application.Privacy.StartDataExportBuild;

internal sealed class StartDataExportBuildCommandValidator : AbstractValidator<StartDataExportBuildCommand>
{
    public StartDataExportBuildCommandValidator()
    {
        RuleFor(c => c.ExportId).NotEmpty();
    }
}
