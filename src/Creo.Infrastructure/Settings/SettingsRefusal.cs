using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Settings;

/// <summary>
/// A setting refused while the services are registered (where it chooses an adapter, before any options validator
/// could run), in the same shape as the start-up validation's refusals: one line naming the environment variable,
/// which Program.cs prints before exiting with EX_CONFIG.
/// </summary>
internal static class SettingsRefusal
{
    public static OptionsValidationException Of<TOptions>(string line) => new(Options.DefaultName, typeof(TOptions), [line]);
}
