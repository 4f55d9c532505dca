namespace Creo.Application.Privacy.RequestDataExport;

internal sealed class RequestDataExportCommandValidator : AbstractValidator<RequestDataExportCommand>
{
    public RequestDataExportCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
