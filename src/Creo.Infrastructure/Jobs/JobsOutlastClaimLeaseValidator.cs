using System.Globalization;
using Creo.Application.Generations;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Jobs;

/// <summary>
/// <c>Jobs__InvisibilityTimeout</c> must be longer than <c>Generation__ClaimLease</c>: a dead worker's generation job
/// that comes back must find the dead claim expired and run, not stand back until the reconciliation job re-runs it.
/// </summary>
internal sealed class JobsOutlastClaimLeaseValidator(IOptions<GenerationsOptions> generations) : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        var lease = generations.Value.ClaimLease;
        return options.InvisibilityTimeout > lease
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"Jobs__InvisibilityTimeout must be longer than Generation__ClaimLease ({lease}); got {options.InvisibilityTimeout}."));
    }
}
