using System.Globalization;
using Creo.Testing;

namespace Creo.Web.Tests.Deploy;

/// <summary>
/// Turns a service of <c>deploy/compose.yaml</c> into the environment of a local process, changing only what names the
/// Docker host: PostgreSQL, the bucket and the SMTP relay become the test's, each secret becomes a file holding the
/// test's value in a directory of its own (<c>Creo__SecretsDirectory</c> standing in for <c>/run/secrets</c>), and a
/// served instance answers at its own loopback address instead of the public name. Every other setting is passed as the
/// file has it. A setting the test replaces must be in the file, and a secret it cannot fill fails the test, so the
/// recipe and this test cannot drift apart silently.
/// </summary>
public static class DeployRecipe
{
    public const string MigrateService = "migrate";

    private const string SecretsMount = "/run/secrets/";

    /// <summary>Settings of the file that name the Docker host's services, with the test's (null: not set at all).</summary>
    private static Dictionary<string, string?> Replacements => new(StringComparer.Ordinal)
    {
        ["Storage__S3__ServiceUrl"] = TestServices.S3ServiceUrl,
        ["Storage__S3__Bucket"] = TestServices.S3Bucket,
        ["Email__Smtp__Host"] = TestServices.SmtpHost,
        ["Email__Smtp__Port"] = TestServices.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Email__Smtp__Security"] = "None",

        // The catcher takes mail without signing in.
        ["Email__Smtp__Username"] = null,
    };

    /// <summary>Settings a served instance takes from its own address (<see cref="Scale.CreoProcess"/> sets the origin).</summary>
    private static readonly string[] PublicName = ["Creo__PublicBaseUrl", "AllowedHosts"];

    /// <summary>The environment of <paramref name="service"/>, its secrets written under <paramref name="directory"/>.</summary>
    public static Dictionary<string, string?> EnvironmentOf(ComposeService service, TestDatabase database, string directory, bool serves)
    {
        var secrets = Path.Combine(directory, "secrets");
        Directory.CreateDirectory(secrets);
        foreach (var (_, target) in service.Secrets)
        {
            WriteSecret(Path.Combine(secrets, target), target, database);
        }

        var environment = service.Environment.ToDictionary(e => e.Key, e => (string?)e.Value, StringComparer.Ordinal);
        foreach (var (key, value) in Replacements.Concat(serves ? PublicName.Select(name => KeyValuePair.Create(name, (string?)null)) : []))
        {
            Assert.True(environment.ContainsKey(key), $"deploy/compose.yaml's {service.Name} no longer sets {key}: update the recipe's test.");
            environment[key] = value;
        }

        foreach (var (key, value) in environment.Where(e => e.Value?.StartsWith(SecretsMount, StringComparison.Ordinal) == true).ToList())
        {
            environment[key] = Path.Combine(secrets, value![SecretsMount.Length..]);
        }

        environment["Creo__SecretsDirectory"] = secrets;
        environment["Creo__DataDirectory"] = Path.Combine(directory, "data");
        return environment;
    }

    private static void WriteSecret(string path, string target, TestDatabase database)
    {
        if (target == "dataprotection.pfx")
        {
            File.Copy(DataProtectionCertificate.Path, path, overwrite: true);
            return;
        }

        // With the trailing newline an editor leaves: the app drops it.
        File.WriteAllText(path, target switch
        {
            "ConnectionStrings__Creo" => database.ConnectionString,
            "Storage__S3__AccessKeyId" => TestServices.S3AccessKey,
            "Storage__S3__SecretAccessKey" => TestServices.S3SecretKey,
            "DataProtection__CertificatePassword" => DataProtectionCertificate.Password,
            "Email__Smtp__Password" => "not-used-by-the-catcher",
            _ => throw new InvalidOperationException($"deploy/compose.yaml mounts a secret {target} the recipe's test cannot fill."),
        } + "\n");
    }
}
