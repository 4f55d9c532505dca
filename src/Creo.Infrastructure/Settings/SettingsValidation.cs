using Creo.Application.Accounts;
using Creo.Application.Credits;
using Creo.Application.Generations;
using Creo.Application.Privacy;
using Creo.Infrastructure.Billing;
using Creo.Infrastructure.Common;
using Creo.Infrastructure.Generations.Fal;
using Creo.Infrastructure.Generations.Replicate;
using Creo.Infrastructure.Generations.Uploads;
using Creo.Infrastructure.Jobs;
using Creo.Infrastructure.Mail;
using Creo.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Settings;

/// <summary>
/// Every options class is validated when the host starts (<c>ValidateOnStart</c>), so a bad setting stops the process
/// before it serves or runs anything, with one line per problem naming the environment variable (Program.cs prints them).
/// </summary>
internal static class SettingsValidation
{
    public static IServiceCollection AddCreoSettingsValidation(this IServiceCollection services, IConfiguration configuration)
    {
        // Bound where they are registered; binding them again here would append every list item (plans, models) twice.
        Validate<CreoOptions, CreoOptionsValidator>(services);
        Validate<CreditsOptions, CreditsOptionsValidator>(services);
        Validate<GenerationsOptions, GenerationsOptionsValidator>(services);
        Validate<Application.Generations.Providers.Health.HostBreakerOptions, HostBreakerOptionsValidator>(services);
        Validate<DeletionOptions, DeletionOptionsValidator>(services);
        Validate<StaffOptions, StaffOptionsValidator>(services);
        Validate<ReplicateOptions, ReplicateOptionsValidator>(services);
        Validate<FalOptions, FalOptionsValidator>(services);
        Validate<StripeOptions, StripeOptionsValidator>(services);
        Validate<StripeOptions, StripeKeysValidator>(services);

        // Read once at registration to choose an adapter, never asked for as options: bound here so that the values the
        // adapters were built from are the ones checked.
        Validate<EmailOptions, EmailOptionsValidator>(services).Bind(configuration.GetSection(EmailOptions.Section));
        Validate<JobsOptions, JobsOptionsValidator>(services).Bind(configuration.GetSection(JobsOptions.Section));
        Validate<JobsOptions, JobsOutlastClaimLeaseValidator>(services);
        Validate<StorageOptions, StorageOptionsValidator>(services).Bind(configuration.GetSection(StorageOptions.Section));
        Validate<UploadsOptions, UploadsOptionsValidator>(services).Bind(configuration.GetSection(UploadsOptions.Section));
        return services;
    }

    private static OptionsBuilder<TOptions> Validate<TOptions, TValidator>(IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddOptions<TOptions>().ValidateOnStart();
    }
}
