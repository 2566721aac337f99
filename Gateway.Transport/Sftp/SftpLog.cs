using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.HostKeys;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Sftp;

/// <summary>Log messages of the SFTP client: endpoints, paths, sizes and fingerprints; never secrets or file contents.</summary>
internal static partial class SftpLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "SFTP {Endpoint}: connected, host key {KeyType} {Fingerprint}, authenticated with {Credential}")]
    public static partial void Connected(ILogger logger, string endpoint, string keyType, HostKeyFingerprint fingerprint, SftpCredential credential);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "SFTP {Endpoint}: host key mismatch, expected {ExpectedFingerprints}, presented {KeyType} {PresentedFingerprint}; connection refused")]
    public static partial void HostKeyMismatch(ILogger logger, string endpoint, HostKeyPin expectedFingerprints, string keyType, HostKeyFingerprint presentedFingerprint);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "SFTP {Endpoint}: connection failed during {Operation}: {Reason}")]
    public static partial void ConnectFailed(ILogger logger, string endpoint, string operation, string reason);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug, Message = "SFTP {Endpoint}: uploaded {Path} ({Bytes} bytes)")]
    public static partial void Uploaded(ILogger logger, string endpoint, string path, long bytes);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Debug, Message = "SFTP {Endpoint}: downloaded {Path} ({Bytes} bytes)")]
    public static partial void Downloaded(ILogger logger, string endpoint, string path, long bytes);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "SFTP {Endpoint}: connection lost during {Operation}: {Reason}")]
    public static partial void ConnectionLost(ILogger logger, string endpoint, string operation, string? reason);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "SFTP {Endpoint}: cancelled {Operation} still blocked after {GraceMs} ms; shutting the socket down")]
    public static partial void AbortingBlockedCall(ILogger logger, string endpoint, string operation, long graceMs);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "SFTP {Endpoint}: disconnected")]
    public static partial void Disconnected(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Debug, Message = "SFTP {Endpoint}: replaced existing {Path} (delete, then rename)")]
    public static partial void ReplacedExisting(ILogger logger, string endpoint, string path);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Information, Message = "SFTP {Endpoint}: fetched host key {KeyType} {Fingerprint} for verification (not trusted by this)")]
    public static partial void HostKeyFetched(ILogger logger, string endpoint, string keyType, HostKeyFingerprint fingerprint);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Warning, Message = "SFTP {Endpoint}: {Operation} got no reply within {TimeoutMs} ms; shutting the socket down")]
    public static partial void OperationTimedOut(ILogger logger, string endpoint, string operation, long timeoutMs);
}
