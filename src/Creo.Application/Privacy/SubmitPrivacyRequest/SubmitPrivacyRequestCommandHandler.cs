using Mapster;
namespace Creo.Application.Privacy.SubmitPrivacyRequest;

internal sealed class SubmitPrivacyRequestCommandHandler(IPrivacyData data, TypeAdapterConfig mapping, TimeProvider clock)
    : ICommandHandler<SubmitPrivacyRequestCommand, PrivacyRequestDto>
{
    public ValueTask<PrivacyRequestDto> Handle(SubmitPrivacyRequestCommand command, CancellationToken cancellationToken)
    {
        var type = Enum.Parse<PrivacyRequestType>(command.Type, ignoreCase: true);
        var request = PrivacyRequest.Receive(command.UserId, type, command.Details?.Trim() ?? string.Empty, PrivacyRequest.FromWeb, clock.GetUtcNow());
        data.PrivacyRequests.Add(request);
        return ValueTask.FromResult(request.Adapt<PrivacyRequestDto>(mapping));
    }
}
