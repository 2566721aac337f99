using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Intake;

/// <summary>Log messages of the intake: sources, names, sizes; never contents.</summary>
internal static partial class IntakeLog
{
    [LoggerMessage(EventId = 5400, Level = LogLevel.Information, Message = "Intake {Source}: took {Path} ({Bytes} bytes) into {StagedPath}")]
    public static partial void Taken(ILogger logger, string source, string path, long bytes, string stagedPath);

    [LoggerMessage(EventId = 5401, Level = LogLevel.Debug, Message = "Intake {Source}: {Path} still changing (size {FirstSize} -> {SecondSize}); left for a later run")]
    public static partial void Unstable(ILogger logger, string source, string path, long firstSize, long secondSize);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Warning, Message = "Intake {Source}: {Path} vanished before it could be taken")]
    public static partial void Vanished(ILogger logger, string source, string path);

    [LoggerMessage(EventId = 5403, Level = LogLevel.Information, Message = "Intake {Source}: {Path} was taken before (journal); only its after-action is done")]
    public static partial void AlreadyTaken(ILogger logger, string source, string path);

    [LoggerMessage(EventId = 5404, Level = LogLevel.Error, Message = "Intake {Source}: after-action {Action} of {Path} failed; retried next run")]
    public static partial void AfterActionFailed(ILogger logger, string source, IntakeAfterAction action, string path, Exception exception);

    [LoggerMessage(EventId = 5405, Level = LogLevel.Warning, Message = "Intake {Source}: recovered {StagedPath} from an interrupted run")]
    public static partial void Recovered(ILogger logger, string source, string stagedPath);

    [LoggerMessage(EventId = 5406, Level = LogLevel.Warning, Message = "Intake {Source}: {ShownName} in {Folder} {Reason}; not taken, left at the source")]
    public static partial void Refused(ILogger logger, string source, string folder, string shownName, string reason);

    [LoggerMessage(EventId = 5407, Level = LogLevel.Error, Message = "Intake {Source}: handling {Path} failed; it stays staged and at the source for the next run")]
    public static partial void HandlingFailed(ILogger logger, string source, string path, Exception exception);

    [LoggerMessage(EventId = 5408, Level = LogLevel.Warning, Message = "Intake {Source}: {Path} changed after it was taken; the new version is left for a later run")]
    public static partial void Replaced(ILogger logger, string source, string path);

    [LoggerMessage(EventId = 5409, Level = LogLevel.Error, Message = "Intake {Source}: handling {Path} failed ({Reason}); it stays staged and at the source for the next run")]
    public static partial void HandlingFailedFor(ILogger logger, string source, string path, string reason);

    [LoggerMessage(EventId = 5410, Level = LogLevel.Information, Message = "Intake {Source}: took {Count} files in groups; {Timings}")]
    public static partial void GroupedRun(ILogger logger, string source, int count, IntakeTimings timings);

    [LoggerMessage(EventId = 5411, Level = LogLevel.Warning, Message = "Intake {Source}: another session could not be opened ({ExceptionType}: {Reason}); the run goes on with the sessions it has")]
    public static partial void SessionNotOpened(ILogger logger, string source, string exceptionType, string reason);
}
