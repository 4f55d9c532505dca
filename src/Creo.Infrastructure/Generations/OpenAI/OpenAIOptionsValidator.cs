using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Generations.OpenAI;

// Written by the options source generator from the setting attributes on OpenAIOptions, as the other options validators.
[OptionsValidator]
internal sealed partial class OpenAIOptionsValidator : IValidateOptions<OpenAIOptions>;
