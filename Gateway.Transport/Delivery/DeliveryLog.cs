using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Delivery;

/// <summary>Log messages of file delivery: destinations, names, sizes, outcomes; never contents.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Delivery to {Destination}: {Path} {Outcome} ({Bytes} bytes)")]
    public static partial void Finished(ILogger logger, string destination, string path, DeliveryOutcome outcome, long bytes);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Error, Message = "Delivery to {Destination}: {Path} already exists with different content ({ExistingBytes} bytes there, {NewBytes} to deliver); refused")]
    public static partial void Conflict(ILogger logger, string destination, string path, long existingBytes, long newBytes);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Delivery to {Destination}: rename of {TemporaryPath} to {Path} failed; the final name exists, checking it")]
    public static partial void RenameFoundExisting(ILogger logger, string destination, string temporaryPath, string path);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Debug, Message = "Delivery to {Destination}: could not remove temporary {TemporaryPath}")]
    public static partial void TemporaryLeft(ILogger logger, string destination, string temporaryPath, Exception exception);
}
