using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Intake;

/// <summary>Log messages of the receiving intake: accounts, folders, safely rendered names and reasons; never contents.</summary>
internal static partial class ReceivingIntakeLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Error, Message = "Receiving {Account}: {Step} of {Folder} failed; the account's other folders and its Retourmeldingen go on: {ErrorType}: {Error}")]
    public static partial void StepFailed(ILogger logger, string account, string step, string folder, string errorType, string error);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Receiving {Account}: {Problem}")]
    public static partial void Problem(ILogger logger, string account, string problem);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Receiving {Account}: another session for the Retourmeldingen could not be opened ({ErrorType}: {Error}); they go over the sessions that opened")]
    public static partial void SessionNotOpened(ILogger logger, string account, string errorType, string error);
}
