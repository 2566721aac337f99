using Gateway.Core.Privacy;
using Gateway.Core.Uitval;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Deliver;
using Sivi.Messages.Writing;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Validate;

/// <summary>
/// Every message passes here before it goes anywhere: written for the account's release, then validated against that
/// release's schema. A value the release cannot carry (writer) or a schema error (validator) becomes a failure with
/// the element path and the redacted schema errors.
/// </summary>
public sealed class ValidationGate(SiviValidator validator, SiviMessageWriter writer, string integration)
{
    /// <summary>
    /// The XML, or the failure naming <paramref name="recordKey"/> of <paramref name="connector"/>. The message is
    /// validated while it is written into a pooled buffer (the writer reports each element and text to the validator,
    /// so nothing is parsed back); only a message that passes is copied out.
    /// </summary>
    public (byte[]? Content, ConversionFailure? Failure) Pass(MappedMessage mapped, string release, string connector,
        string? recordKey, CancellationToken cancellationToken)
    {
        var message = mapped.Message;
        using var buffer = new PooledBufferWriter();
        var validation = validator.StartWritten(OutgoingFileNames.For(message.MessageName, message.BrAlg?.Berrefnr ?? ""), release);
        try
        {
            writer.Write(buffer, message, release, validation, cancellationToken);
        }
        catch (SiviWriteException e)
        {
            return (null, new ConversionFailure(integration, connector, recordKey, message.MessageName, e.Message, UitvalStage.Transformation, []));
        }
        var verdict = validation.Result();
        if (verdict.IsValid)
        {
            // every byte is copied over, so the array need not be cleared first
            var content = GC.AllocateUninitializedArray<byte>(buffer.WrittenCount);
            buffer.WrittenSpan.CopyTo(content);
            return (content, null);
        }
        var errors = verdict.Errors.Select(e => PersonalDataScrubber.Scrub(e.ToString())).ToList();
        var field = verdict.Errors.FirstOrDefault(e => e.Path is not null)?.Path ?? message.MessageName;
        return (null, new ConversionFailure(integration, connector, recordKey, field,
            $"{message.MessageName} is not valid against release {release}", UitvalStage.Validation, errors));
    }
}
