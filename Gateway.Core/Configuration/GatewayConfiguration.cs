using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Microsoft.Extensions.Configuration;

namespace Gateway.Core.Configuration;

/// <summary>
/// The gateway's configuration the usual .NET way: <c>appsettings.json</c> next to the executable, then
/// <c>appsettings.json</c> in the working directory, then the file given with <c>--config</c>, then environment
/// variables (<c>Gateway__Database__ConnectionString</c>, …). Later sources win.
/// </summary>
public static class GatewayConfiguration
{
    public const string SecretKeyFileKey = "Gateway:SecretKeyFile";

    /// <summary>The SFTP server the gateway hosts for partners that collect their files (Gateway.Transport's <c>HostedSftpOptions</c>).</summary>
    public const string HostedSftpSection = "Gateway:HostedSftp";

    /// <exception cref="InvalidConfigurationException">The <c>--config</c> file does not exist, or a file is not JSON (the message names the file).</exception>
    public static IConfiguration Build(string? configFile = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile))
            {
                throw new InvalidConfigurationException($"--config {configFile}: the file does not exist");
            }
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        try
        {
            return builder.AddEnvironmentVariables().Build();
        }
        catch (InvalidDataException e)
        {
            // the JSON provider names the file in its own message and the position in the inner one
            throw new InvalidConfigurationException($"{e.Message} {Innermost(e).Message}", e);
        }
        catch (FormatException e)
        {
            throw new InvalidConfigurationException(e.Message, e);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    public static DatabaseOptions Database(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(options);
        return options;
    }

    /// <summary>The key that encrypts secrets at rest: <c>Gateway:SecretKeyFile</c>, default <c>var/secret.key</c> (created 0600 when absent).</summary>
    public static SecretProtector Secrets(IConfiguration configuration) =>
        SecretProtector.FromKeyFile(configuration[SecretKeyFileKey] ?? Path.Combine("var", "secret.key"));
}
