namespace Creo.Web.Common;

/// <summary>
/// Settings read from files, one setting a file, as Docker and Kubernetes mount secrets: the file <c>ConnectionStrings__Creo</c>
/// holds that setting's value (one trailing newline dropped). Secrets then never sit in the environment, where
/// <c>docker inspect</c>, crash dumps and child processes see them. The directory is <c>Creo__SecretsDirectory</c> when set
/// (it must exist: a mistyped path must not start an instance without its secrets), else <c>/run/secrets</c> when it exists.
/// A file whose name has a dot (a <c>.pfx</c> certificate mounted beside the secrets) is not a setting. Added last, so a
/// secret file wins over the same setting in the environment.
/// </summary>
internal static class SecretFiles
{
    public const string DirectorySetting = "Creo:SecretsDirectory";

    /// <summary>Where Docker (compose and swarm) mounts a service's secrets.</summary>
    public const string ConventionalDirectory = "/run/secrets";

    public static void AddCreoSecretFiles(this ConfigurationManager configuration)
    {
        var configured = configuration[DirectorySetting];
        var directory = string.IsNullOrWhiteSpace(configured) ? ConventionalDirectory : Path.GetFullPath(configured);
        if (!Directory.Exists(directory))
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                return;
            }

            throw new InvalidOperationException($"Creo__SecretsDirectory is {configured}, which is not a directory.");
        }

        configuration.AddKeyPerFile(source =>
        {
            source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(directory);
            source.Optional = false;
            source.IgnoreCondition = name => name.Contains('.', StringComparison.Ordinal);
        });
    }
}
