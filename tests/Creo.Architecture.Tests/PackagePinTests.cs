using Creo.Architecture.Tests.Rules;
using Creo.Testing;

namespace Creo.Architecture.Tests;

/// <summary>Every central package pin is used, and ASP.NET Core and EF Core each come from one servicing release.</summary>
public sealed class PackagePinTests
{
    [Fact]
    public void Every_pin_is_referenced_and_each_release_train_has_one_version()
    {
        var problems = PackagePinRule.Problems(RepositoryPaths.Root);

        Assert.True(problems.Count == 0, $"Directory.Packages.props:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void A_planted_unused_pin_and_a_mixed_aspnetcore_pin_are_reported()
    {
        var root = Directory.CreateTempSubdirectory("creo-package-pins-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), """
                <Project><ItemGroup>
                  <PackageVersion Include="Microsoft.AspNetCore.OpenApi" Version="10.0.15" />
                  <PackageVersion Include="Microsoft.AspNetCore.Authentication.Google" Version="10.0.14" />
                  <PackageVersion Include="Respawn" Version="7.0.0" />
                </ItemGroup></Project>
                """);
            Directory.CreateDirectory(Path.Combine(root, "src", "App"));
            File.WriteAllText(Path.Combine(root, "src", "App", "App.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>
                  <PackageReference Include="Microsoft.AspNetCore.OpenApi" />
                  <PackageReference Include="Microsoft.AspNetCore.Authentication.Google" />
                </ItemGroup></Project>
                """);
            Directory.CreateDirectory(Path.Combine(root, "src", "App", "obj"));
            File.WriteAllText(Path.Combine(root, "src", "App", "obj", "App.csproj.nuget.g.props"), """
                <Project><ItemGroup><PackageReference Include="Respawn" /></ItemGroup></Project>
                """);

            Assert.Equal(
                [
                    "Respawn 7.0.0 is pinned but no project references it",
                    "one release, several versions: Microsoft.AspNetCore.OpenApi 10.0.15, Microsoft.AspNetCore.Authentication.Google 10.0.14",
                ],
                PackagePinRule.Problems(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
