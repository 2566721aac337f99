using Gateway.Transport.Sftp.SshNet;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Sftp;

/// <summary>Creates the client an account chose, and reads that choice from configuration text.</summary>
public static class SftpClients
{
    /// <summary>The names accepted in configuration, for error messages.</summary>
    public static string Choices => $"{SftpClientKind.LibSsh} (default) or {SftpClientKind.SshNet}";

    public static ISftpClient Create(SftpClientKind kind, ILoggerFactory? loggerFactory = null) => kind switch
    {
        SftpClientKind.LibSsh => new SftpClient(loggerFactory),
        SftpClientKind.SshNet => new SshNetSftpClient(loggerFactory),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"unknown SFTP client; use {Choices}"),
    };

    /// <summary>
    /// Parses a configured client name (case-insensitive; empty means <see cref="SftpClientKind.LibSsh"/>). Numbers
    /// are not names and are refused.
    /// </summary>
    public static bool TryParse(string? text, out SftpClientKind kind)
    {
        kind = SftpClientKind.LibSsh;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        foreach (var candidate in Enum.GetValues<SftpClientKind>())
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        return false;
    }
}
