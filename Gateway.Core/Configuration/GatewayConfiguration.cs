using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Microsoft.Extensions.Configuration;

namespace Gateway.Core.Configuration;

/// <summary>
/// The gateway's configuration the usual .NET way: <c>appsettings.json</c> next to the executable, then
/// <c>appsettings.json</c> in the working directory, then the file given with <c>--config</c>, then environment
/// variables (<c>Gateway__Database__ConnectionString</c>, …), then — when <c>GATEWAY_SECRETS_DIR</c> names a folder —
/// one file per value in that folder, the file's name being the key (<c>Gateway__Admin__Users__0__ApiKey</c>): how
/// container secrets (<c>/run/secrets</c>) and systemd credentials reach the gateway without an environment variable
/// or a configuration file holding them. Later sources win.
/// </summary>
public static class GatewayConfiguration
{
    /// <summary>The environment variable naming the folder of one-file-per-value secrets.</summary>
    public const string SecretsDirectoryVariable = "GATEWAY_SECRETS_DIR";

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
        builder.AddEnvironmentVariables();
        if (Environment.GetEnvironmentVariable(SecretsDirectoryVariable) is { Length: > 0 } secrets)
        {
            // a folder that is named but missing is a mistake to report, not to pass over
            if (!Directory.Exists(secrets))
            {
                throw new InvalidConfigurationException($"{SecretsDirectoryVariable} names {secrets}, which is not a folder");
            }
            builder.AddKeyPerFile(Path.GetFullPath(secrets), optional: false);
        }
        try
        {
            return builder.Build();
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
