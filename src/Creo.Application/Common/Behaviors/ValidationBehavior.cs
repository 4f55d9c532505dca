namespace Creo.Application.Common.Behaviors;

/// <summary>
/// Second in the pipeline: checks every string the message brings in can be stored (<see cref="StorableText"/>), runs
/// every FluentValidation validator of the message, and stops with a
/// <see cref="ValidationException"/> (a 400 problem with an <c>errors</c> map) before anything is written.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = StorableText.Check(message).ToList();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
