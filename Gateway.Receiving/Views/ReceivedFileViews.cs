using Gateway.Core.ReceivingRegister;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;

namespace Gateway.Receiving.Views;

/// <summary>How the console names what became of a received file, and the rows it shows for one.</summary>
internal static class ReceivedFileViews
{
    public const string Expired = "Expired";

    /// <summary>The stored errors JSON of a file refused because its wait expired contains this.</summary>
    public static readonly string ExpiredMarker = $"\"Kind\":{(int)ReceivingErrorKind.SequenceGapExpired},";

    public static string StateOf(ReceivedFileRecord file) =>
        file.Status == ReceivedFileStatus.Refused && file.Errors?.Contains(ExpiredMarker, StringComparison.Ordinal) == true ? Expired : file.Status.ToString();

    public static ReceivedFileView View(ReceivedFileRecord file, PendingRetourmelding? retour) => new(
        file.Id,
        file.Account,
        file.FileName,
        file.MessageType,
        file.Release,
        file.Berrefnr,
        StateOf(file),
        file.ReceivedUtc,
        file.CompletedUtc,
        [.. StoredErrors.Read(file.Errors).Select(e => new ReceivedFileError(e.Kind.ToString(), e.SrtFoutCd, e.Toelichting))],
        file.Status == ReceivedFileStatus.Waiting && file.WaitingCaseId is not null
            ? $"{file.WaitingEmployerId}/{file.WaitingCaseId} #{file.WaitingSequence}"
            : null,
        retour?.Id,
        retour is null ? null : CodeOf(file),
        retour?.DeliveredUtc);

    /// <summary>The SrtRetmldngCd of the Retourmelding answering <paramref name="file"/>: 02 processed, 03 not.</summary>
    public static string CodeOf(ReceivedFileRecord file) =>
        file.Status == ReceivedFileStatus.Processed ? RetourmeldingBuilder.Verwerkt : RetourmeldingBuilder.NietVerwerkt;
}
