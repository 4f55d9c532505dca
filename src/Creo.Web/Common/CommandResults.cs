namespace Creo.Web.Common;

/// <summary>The answer of an endpoint whose command only acts: send it, then 204 (its errors become problems on the way).</summary>
internal static class CommandResults
{
    public static async Task<NoContent> SendForNoContentAsync<TResponse>(this IMediator mediator, ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }
}
