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
using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Settings;

// The framework's options source generator writes each Validate from the setting attributes on the options class
// (no reflection at start). Rules that read more than one property or options class are validators of their own.
[OptionsValidator]
internal sealed partial class CreoOptionsValidator : IValidateOptions<CreoOptions>;

[OptionsValidator]
internal sealed partial class CreditsOptionsValidator : IValidateOptions<CreditsOptions>;

[OptionsValidator]
internal sealed partial class GenerationsOptionsValidator : IValidateOptions<GenerationsOptions>;

[OptionsValidator]
internal sealed partial class HostBreakerOptionsValidator : IValidateOptions<Application.Generations.Providers.Health.HostBreakerOptions>;

[OptionsValidator]
internal sealed partial class DeletionOptionsValidator : IValidateOptions<DeletionOptions>;

[OptionsValidator]
internal sealed partial class StaffOptionsValidator : IValidateOptions<StaffOptions>;

[OptionsValidator]
internal sealed partial class EmailOptionsValidator : IValidateOptions<EmailOptions>;

[OptionsValidator]
internal sealed partial class JobsOptionsValidator : IValidateOptions<JobsOptions>;

[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;

[OptionsValidator]
internal sealed partial class UploadsOptionsValidator : IValidateOptions<UploadsOptions>;

[OptionsValidator]
internal sealed partial class ReplicateOptionsValidator : IValidateOptions<ReplicateOptions>;

[OptionsValidator]
internal sealed partial class FalOptionsValidator : IValidateOptions<FalOptions>;

[OptionsValidator]
internal sealed partial class StripeOptionsValidator : IValidateOptions<StripeOptions>;
