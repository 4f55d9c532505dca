using Creo.Application.Generations.SubmitGeneration;

namespace Creo.Web.Generations;

/// <summary>
/// A double click sends the studio form twice with one key. The browser shows only the second answer, so when the
/// second request finds the first still holding the key, it waits for the first to commit and then answers with the
/// first's generation. Each retry runs in a scope of its own, as the failed attempt's unit of work still holds the
/// insert the database refused. Any other refusal passes on to the page.
/// </summary>
internal static class RepeatedSubmission
{
    private const string KeyInUse = "idempotency-key-in-use";

    public static async Task<SubmittedGenerationDto> SubmitAsync(
        IMediator mediator, IServiceScopeFactory scopes, SubmitGenerationCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(command, cancellationToken);
        }
        catch (DomainException inUse) when (inUse.Code == KeyInUse)
        {
        }

        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
            }
            catch (DomainException inUse) when (inUse.Code == KeyInUse && attempt < 8)
            {
            }
        }
    }
}
