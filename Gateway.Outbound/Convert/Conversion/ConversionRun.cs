using Gateway.Core.Uitval;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Validate;
using Microsoft.Extensions.Logging;
using Sivi.Messages.Header;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// The shared parts of one conversion run: mapping context, header factory and validation gate, and the bookkeeping
/// of turning mapped messages into results and failures into uitval. Logs record keys and fields, never values.
/// </summary>
public sealed class ConversionRun(MappingContext context, BrAlgFactory header, ValidationGate gate, ILogger logger)
{
    public MappingContext Context { get; } = context;

    public BrAlgFactory Header { get; } = header;

    public ValidationGate Gate { get; } = gate;

    public string Integration => Context.Profile.Integration;

    /// <summary>
    /// A record whose conversion threw something other than a mapping error (a gateway fault): it becomes uitval so the
    /// other records go on. Neither the uitval nor the log carries the exception's message (it may quote a value);
    /// the log has its type and stack trace.
    /// </summary>
    public void FailUnexpected(ConversionResult into, string connector, string? recordKey, string field, Exception exception)
    {
        logger.LogError("Conversion fault {Integration} {Connector} {RecordKey}: {ExceptionType} at {StackTrace}",
            Integration, connector, recordKey, exception.GetType().Name, exception.StackTrace);
        Fail(into, new ConversionFailure(Integration, connector, recordKey, field,
            $"unexpected {exception.GetType().Name} in the conversion (a gateway fault; stack trace in the service log)", UitvalStage.Transformation, []));
    }

    /// <summary>Whether a conversion exception is a fault of this record (uitval) rather than of the run (cancelled, database).</summary>
    public static bool IsRecordFault(Exception exception) =>
        exception is not (OperationCanceledException or System.Data.Common.DbException or MappingException);

    /// <summary>Records a failure and logs it (connector, key, field and reason only).</summary>
    public void Fail(ConversionResult into, ConversionFailure failure)
    {
        into.Failures.Add(failure);
        logger.LogWarning("Conversion uitval {Integration} {Connector} {RecordKey} {Field}: {Reason} ({Stage})",
            failure.Integration, failure.Connector, failure.RecordKey, failure.Field, failure.Reason, failure.Stage);
    }

    public void Fail(ConversionResult into, string connector, string? recordKey, MappingException exception) =>
        Fail(into, new ConversionFailure(Integration, connector, recordKey, exception.Field, exception.Reason, UitvalStage.Transformation, []));

    public void Fail(ConversionResult into, string connector, string? recordKey, string field, string reason) =>
        Fail(into, new ConversionFailure(Integration, connector, recordKey, field, reason, UitvalStage.Transformation, []));

    /// <summary>Gates a mapped message; on success adds it (and its notes) to the result and returns it.</summary>
    public ConvertedMessage? Emit(ConversionResult into, MappedMessage mapped, string connector,
        IReadOnlyList<string> recordKeys, CancellationToken cancellationToken)
    {
        var (content, failure) = Gate.Pass(mapped, Context.Release, connector, recordKeys.Count > 0 ? recordKeys[0] : null, cancellationToken);
        if (failure is not null)
        {
            Fail(into, failure);
            return null;
        }
        var message = Accept(mapped, content!, connector, recordKeys);
        into.Messages.Add(message);
        foreach (var note in mapped.Notes)
        {
            Note(into, new ConversionNote(connector, recordKeys.Count > 0 ? recordKeys[0] : mapped.SubjectKey, note.Field, note.Reason));
        }
        return message;
    }

    /// <summary>Records a note on a message that was sent and logs it (connector, key, field and reason only).</summary>
    public void Note(ConversionResult into, ConversionNote note)
    {
        into.Notes.Add(note);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }
        logger.LogInformation("Conversion note {Integration} {Connector} {RecordKey} {Field}: {Reason}",
            Integration, note.Connector, note.RecordKey, note.Field, note.Reason);
    }

    /// <summary>The result record for a message that passed the gate.</summary>
    public ConvertedMessage Accept(MappedMessage mapped, byte[] content, string connector, IReadOnlyList<string> recordKeys)
    {
        var berrefnr = mapped.Message.BrAlg?.Berrefnr ?? "";
        return new ConvertedMessage(mapped.Message.MessageName, Context.Release, mapped.SubjectKey, berrefnr,
            OutgoingFileNames.For(mapped.Message.MessageName, berrefnr), content, connector, recordKeys)
        {
            VrwrkCd = mapped.Absence?.VrwrkCd,
            Sequence = mapped.Absence?.VrzmgvlVnrMld is { } sequence ? int.Parse(sequence, System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }
}
