using System.Text.RegularExpressions;
using Creo.Testing;
using Creo.Web.Common;
using YamlDotNet.RepresentationModel;

namespace Creo.Web.Tests.Deploy;

/// <summary>
/// No registry is reachable where the tests run, so the image is never built here: these read the Dockerfile,
/// .dockerignore and deploy/compose.yaml and hold them to the app they package (framework, assembly, port, health
/// path, migrate verb) and to each other (roles, secrets, the proxy the app believes).
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepositoryPaths.Combine("Dockerfile"));

    private static readonly ComposeFile Compose = ComposeFile.Load();

    private static readonly string[] CreoServices = ["migrate", "web-1", "web-2", "worker"];

    [Fact]
    public void The_image_builds_with_the_sdk_and_runs_on_the_aspnet_runtime_of_the_apps_framework()
    {
        var framework = Regex.Match(File.ReadAllText(RepositoryPaths.Combine("Directory.Build.props")), "<TargetFramework>net(\\d+\\.\\d+)</TargetFramework>").Groups[1].Value;
        var stages = FromLine().Matches(Dockerfile).Select(m => (Image: m.Groups["image"].Value, Name: m.Groups["name"].Value)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.Equal(($"mcr.microsoft.com/dotnet/sdk:{framework}", "build"), stages[0]);
        Assert.Equal($"mcr.microsoft.com/dotnet/aspnet:{framework}", stages[1].Image);
        Assert.Contains("COPY --from=build /app ./", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"Creo.Web.dll\"]", Dockerfile, StringComparison.Ordinal);

        // Every project the web app is built from is copied for the restore layer, so a new one cannot be forgotten.
        foreach (var project in Directory.GetFiles(RepositoryPaths.Combine("src"), "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, project).Replace('\\', '/');
            Assert.Contains($"COPY {relative} {Path.GetDirectoryName(relative)!.Replace('\\', '/')}/", Dockerfile, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_runtime_stage_runs_as_the_images_unprivileged_user_on_port_8080_with_ICU_and_a_readiness_healthcheck()
    {
        var runtime = Dockerfile[Dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        var users = UserLine().Matches(runtime).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["$APP_UID"], users);
        Assert.True(runtime.IndexOf("USER $APP_UID", StringComparison.Ordinal) < runtime.IndexOf("ENTRYPOINT", StringComparison.Ordinal));
        Assert.Contains("ENV ASPNETCORE_HTTP_PORTS=8080", runtime, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", runtime, StringComparison.Ordinal);
        Assert.Matches(@"HEALTHCHECK [^\n]*\\\n\s+CMD curl --fail [^\n]*http://localhost:8080/health/ready", runtime);

        // Video posters are frames taken by ffmpeg, found on PATH (without it they would be generated pictures).
        Assert.Matches(@"apt-get install --yes --no-install-recommends [^\n]*\bffmpeg\b", runtime);

        // The app uses ICU (InvariantGlobalization false); the image must not switch it off.
        Assert.Contains("<InvariantGlobalization>false</InvariantGlobalization>", File.ReadAllText(RepositoryPaths.Combine("Directory.Build.props")), StringComparison.Ordinal);
        Assert.DoesNotContain("GLOBALIZATION_INVARIANT", Dockerfile, StringComparison.Ordinal);

        // Production answers only AllowedHosts: the probe's localhost must be among them in the recipe.
        foreach (var service in CreoServices)
        {
            Assert.Contains("localhost", Compose.Service(service).Environment["AllowedHosts"].Split(';'));
        }
    }

    [Fact]
    public void The_build_context_leaves_out_builds_tests_and_the_deploy_folder_with_its_secrets()
    {
        var ignored = File.ReadAllLines(RepositoryPaths.Combine(".dockerignore")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["**/bin/", "**/obj/", ".git", "tests/", "deploy/"], StringComparer.Ordinal), ignored);
    }

    [Fact]
    public void Compose_runs_a_migrate_step_then_two_web_only_instances_and_one_worker_that_never_migrate()
    {
        Assert.Equal([DatabaseStartup.MigrateVerb], Compose.Service("migrate").Command);
        Assert.False(Compose.Service("migrate").Environment.ContainsKey("Database__MigrateOnStart"));
        foreach (var service in CreoServices)
        {
            Assert.Equal("creo:latest", Compose.Service(service).Image);
            Assert.Equal("Postgres", Compose.Service(service).Environment["Database__Provider"]);
        }

        var roles = CreoServices.Skip(1).Select(name => Compose.Service(name).Environment)
            .Select(env => (env["Database__MigrateOnStart"], env["Jobs__RunServer"])).ToList();
        Assert.Equal([("false", "false"), ("false", "false"), ("false", "true")], roles);

        // Web and worker start only after the migrate step has exited 0.
        foreach (var service in CreoServices.Skip(1))
        {
            var dependsOn = (YamlMappingNode)Compose.Service(service)["depends_on"]!;
            Assert.Equal("service_completed_successfully", ComposeFile.Text(((YamlMappingNode)dependsOn[new YamlScalarNode("migrate")])[new YamlScalarNode("condition")]));
        }
    }

    [Fact]
    public void Every_secret_is_a_file_under_deploy_secrets_and_the_only_trusted_proxy_is_caddys_fixed_address()
    {
        var declared = Compose.Section("secrets");
        foreach (var name in Compose.ServiceNames)
        {
            foreach (var (source, _) in Compose.Service(name).Secrets)
            {
                var file = ComposeFile.Text(((YamlMappingNode)declared[source])[new YamlScalarNode("file")]);
                Assert.StartsWith("./secrets/", file, StringComparison.Ordinal);
            }
        }

        var caddy = (YamlMappingNode)((YamlMappingNode)Compose.Service("caddy")["networks"]!)[new YamlScalarNode("creo")];
        var address = ComposeFile.Text(caddy[new YamlScalarNode("ipv4_address")]);
        Assert.All(CreoServices, service => Assert.Equal(address, Compose.Service(service).Environment["ForwardedHeaders__KnownProxies"]));
        Assert.All(CreoServices, service => Assert.DoesNotContain(Compose.Service(service).Environment.Keys, key => key.Contains("Password", StringComparison.Ordinal) || key.Contains("SecretAccessKey", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^FROM (?:--platform=\S+ )?(?<image>\S+)(?: AS (?<name>\S+))?$", RegexOptions.Multiline)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^USER (\S+)$", RegexOptions.Multiline)]
    private static partial Regex UserLine();
}
