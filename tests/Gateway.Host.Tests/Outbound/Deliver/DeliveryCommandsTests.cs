using Gateway.Host.Tests.Support;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary><c>gateway sftp-accounts provision</c> and <c>gateway accounts trust-hostkey</c>.</summary>
public sealed class DeliveryCommandsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-delivery-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Provision_prints_a_chrooted_sftp_only_login_per_hosted_account()
    {
        var config = await ConfigAsync("""
            "HostedSftp": { "ChrootRoot": "/srv/gw-sftp" },
            "Accounts": {
              "arbo-pull": { "Delivery": { "Kind": "Hosted", "Hosted": { "SystemUser": "gw-arbo", "AuthorizedKeys": [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHyJ2kQpYbq0m1k3Vn0Yq7sF2m6o1Rk9xj2vY1v0bq0Z partner" ] } } },
              "arbo-push": { "Delivery": { "Kind": "SftpPush" } }
            }
            """);

        var (exit, output, error) = await RunAsync("sftp-accounts", "provision", "--config", config);

        Assert.True(exit == 0, error);
        Assert.Contains("Match User gw-arbo", output, StringComparison.Ordinal);
        Assert.Contains("ChrootDirectory", output, StringComparison.Ordinal);
        Assert.Contains("ForceCommand internal-sftp", output, StringComparison.Ordinal);
        Assert.Contains("/srv/gw-sftp/gw-arbo", output, StringComparison.Ordinal);
        Assert.DoesNotContain("arbo-push", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provision_refuses_a_hosted_account_without_a_key()
    {
        var config = await ConfigAsync("""
            "Accounts": { "arbo-pull": { "Delivery": { "Kind": "Hosted", "Hosted": { "SystemUser": "gw-arbo" } } } }
            """);

        var (exit, _, error) = await RunAsync("sftp-accounts", "provision", "--config", config);

        Assert.Equal(2, exit);
        Assert.Contains("has no authorized public key", error, StringComparison.Ordinal);
    }

    [RequiresSshdFact]
    public async Task Trust_hostkey_shows_the_fingerprint_the_server_presents()
    {
        using var sshd = SshdServer.Start();
        var config = await ConfigAsync($$"""
            "Accounts": { "arbo": { "Delivery": { "Kind": "SftpPush", "Sftp": { "Host": "127.0.0.1", "Port": {{sshd.Port}}, "Username": "{{sshd.UserName}}" } } } }
            """);

        var (exit, output, error) = await RunAsync("accounts", "trust-hostkey", "arbo", "--config", config);

        Assert.True(exit == 0, error);
        Assert.Contains(sshd.HostKeys.Split('\n'), fingerprint => output.Contains(fingerprint, StringComparison.Ordinal));
        Assert.Contains("Gateway:Accounts:arbo:Delivery:Sftp:HostKey = SHA256:", output, StringComparison.Ordinal);
    }

    private async Task<string> ConfigAsync(string gatewaySection)
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(path, "{ \"Gateway\": { " + gatewaySection + " } }");
        return path;
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => GatewayCliRunner.RunAsync(args);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
