using Creo.Application.Generations;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// An OpenAI call runs inside the job, under the run's claim (<c>Generation__ClaimLease</c>). Were the call to outlast
/// the claim, a duplicate of the job could claim the run meanwhile and pay the host a second time; so every model's
/// run time, plus the time to store its image, must fit in the lease.
/// </summary>
internal sealed class OpenAIRunsWithinClaimLeaseValidator(IOptions<GenerationsOptions> generations) : IValidateOptions<OpenAIOptions>
{
    /// <summary>Copying the image into storage and finishing the generation, after the host has answered.</summary>
    public static readonly TimeSpan StoreMargin = TimeSpan.FromSeconds(15);

    public ValidateOptionsResult Validate(string? name, OpenAIOptions options)
    {
        var lease = generations.Value.ClaimLease;
        var failures = options.Models
            .Select((model, index) => (model, index))
            .Where(entry => TimeSpan.FromSeconds(entry.model.MaxRunTimeSeconds) + StoreMargin > lease)
            .Select(entry => string.Create(
                CultureInfo.InvariantCulture,
                $"OpenAI__Models__{entry.index}__MaxRunTimeSeconds must be at most Generation__ClaimLease ({lease}) less {StoreMargin.TotalSeconds} s; got {entry.model.MaxRunTimeSeconds}."))
            .ToList();
        return !options.IsConfigured || failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
