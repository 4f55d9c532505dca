using Creo.Infrastructure.Common;
using Microsoft.Extensions.Options;

namespace Creo.Web.Common;

/// <summary>
/// <c>Creo__PublicBaseUrl</c>, when set, is an http(s) origin; outside Development it must be set: sign-in links in
/// mail are built on it, never on a request's Host header (see <see cref="PublicBaseUrl"/>).
/// </summary>
internal sealed class PublicBaseUrlValidator(IHostEnvironment environment) : IValidateOptions<CreoOptions>
{
    public ValidateOptionsResult Validate(string? name, CreoOptions options)
    {
        var configured = options.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"{PublicBaseUrl.SettingName} must be set outside Development to the origin people reach Crëo at (e.g. https://creo.example), "
                    + $"which sign-in links in mail are built on; got nothing in {environment.EnvironmentName}.");
        }

        return PublicBaseUrl.TryParseOrigin(configured, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PublicBaseUrl.SettingName} must be an http(s) origin such as https://creo.example, without a path; got '{configured}'.");
    }
}
