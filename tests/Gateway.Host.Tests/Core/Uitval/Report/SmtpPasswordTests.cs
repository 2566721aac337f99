using Gateway.Core.Secrets;
using Gateway.Core.Uitval.Report;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Core.Tests.Uitval.Report;

/// <summary>The SMTP password goes through the secret protector like every other secret: an <c>enc:v1:</c> value is decrypted, never sent as written.</summary>
public sealed class SmtpPasswordTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-smtp-").FullName;

    [Fact]
    public void An_encrypted_smtp_password_is_decrypted_with_the_secret_key()
    {
        var keyFile = Path.Combine(_directory, "secret.key");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:SecretKeyFile"] = keyFile,
            ["Gateway:UitvalReport:Smtp:Host"] = "smtp.example.test",
            ["Gateway:UitvalReport:Smtp:Username"] = "gateway",
            ["Gateway:UitvalReport:Smtp:Password"] = SecretProtector.FromKeyFile(keyFile).Protect("smtp-password-plain"),
        }).Build();

        using var provider = new ServiceCollection().AddLogging().AddUitvalReport(configuration).BuildServiceProvider();

        Assert.Equal("smtp-password-plain", provider.GetRequiredService<UitvalReportOptions>().Smtp.Password);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
