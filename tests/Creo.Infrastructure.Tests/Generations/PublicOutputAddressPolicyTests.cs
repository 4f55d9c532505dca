using System.Net;
using Creo.Infrastructure.Generations.Outputs;

namespace Creo.Infrastructure.Tests.Generations;

/// <summary>Production's output address rule, case by case: what an attacker controlling a provider answer would name.</summary>
public sealed class PublicOutputAddressPolicyTests
{
    private readonly PublicOutputAddressPolicy policy = new();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.0.0.7")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")] // the cloud metadata service
    [InlineData("169.254.0.1")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("192.0.2.10")]
    [InlineData("198.18.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")] // AWS's IPv6 metadata service
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")] // NAT64 of 10.0.0.1
    [InlineData("2002:7f00:1::1")] // 6to4 of 127.0.0.1
    [InlineData("2001:db8::1")]
    public void Private_loopback_link_local_and_metadata_addresses_are_refused(string address) =>
        Assert.False(policy.AllowsAddress(IPAddress.Parse(address), 443), address);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("104.18.2.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::6810:1")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(policy.AllowsAddress(IPAddress.Parse(address), 443), address);

    [Theory]
    [InlineData("http://replicate.delivery/out.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://replicate.delivery/out.png")]
    [InlineData("gopher://replicate.delivery/out.png")]
    [InlineData("https://user:secret@replicate.delivery/out.png")]
    public void Only_plain_https_urls_are_fetched(string url) =>
        Assert.False(policy.AllowsUrl(new Uri(url)), url);

    [Fact]
    public void An_https_url_passes_the_first_check_and_its_addresses_decide()
    {
        Assert.True(policy.AllowsUrl(new Uri("https://replicate.delivery/xezq/out-0.webp")));
        Assert.True(policy.AllowsUrl(new Uri("https://localhost/out.png")));
    }
}
