using Microsoft.Extensions.Logging;

namespace Gateway.Admin;

/// <summary>Admin log events: users, actions and targets (accounts, ids, keys of records) — never API keys or personal data.</summary>
internal static partial class AdminLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Rejected an unknown API key on {Path} from {RemoteAddress}")]
    public static partial void KeyRejected(ILogger logger, string path, string remoteAddress);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "UI login with an unknown API key from {RemoteAddress}")]
    public static partial void LoginRejected(ILogger logger, string remoteAddress);

    [LoggerMessage(EventId = 8009, Level = LogLevel.Warning, Message = "{FailedKeyLimit} unknown API keys from {RemoteAddress} within {WindowMinutes} minutes: its keys are refused until the window ends")]
    public static partial void KeysThrottled(ILogger logger, string remoteAddress, int failedKeyLimit, int windowMinutes);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "{User} logged in to the admin UI as {Role}")]
    public static partial void LoggedIn(ILogger logger, string user, AdminRole role);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Information, Message = "{User} did {Action} on {Target}")]
    public static partial void Changed(ILogger logger, string user, string action, string target);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Warning, Message = "Admin form post without a valid antiforgery token on {Path}")]
    public static partial void AntiforgeryRejected(ILogger logger, string path);

    [LoggerMessage(EventId = 8006, Level = LogLevel.Warning, Message = "No admin users are configured under Gateway:Admin:Users: the admin API and UI accept nobody")]
    public static partial void NoUsers(ILogger logger);
}
