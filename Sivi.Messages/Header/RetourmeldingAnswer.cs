using Sivi.Messages.Model;
using Sivi.Messages.Reading;
using Sivi.Schemas.Validation;

namespace Sivi.Messages.Header;

/// <summary>
/// What a received Retourmelding1 says: which message it answers (BerrefnrIngzndnBer), whether that was processed
/// (SrtRetmldngCd 02 and no Foutmldng) and the errors it lists. Both roles read answers with <see cref="ReadAsync"/>.
/// </summary>
public sealed record RetourmeldingAnswer(string Answered, bool Processed, string? SrtRetmldngCd, IReadOnlyList<(string? SrtFoutCd, string? Toelichting)> Errors)
{
    /// <summary>
    /// The answer in <paramref name="content"/>, or null when it is not a readable Retourmelding1 naming the message it
    /// answers (with a validator: not a valid Retourmelding1 of its release).
    /// </summary>
    public static async Task<RetourmeldingAnswer?> ReadAsync(ReadOnlyMemory<byte> content, string fileName, SiviValidator? validator, CancellationToken cancellationToken)
    {
        if (validator is not null && !(await validator.ValidateAsync(Stream(content), fileName, cancellationToken: cancellationToken).ConfigureAwait(false)).IsValid)
        {
            return null;
        }
        Retourmelding1? retour;
        try
        {
            retour = await SiviMessageReader.Default.ReadAsync(Stream(content), cancellationToken).ConfigureAwait(false) as Retourmelding1;
        }
        catch (Exception e) when (e is SiviReadException or System.Xml.XmlException)
        {
            return null;
        }
        if (retour?.BrAlg?.BerrefnrIngzndnBer is not { Length: > 0 } answered)
        {
            return null;
        }
        var errors = retour.Foutmldng.Select(f => (f.SrtFoutCd, f.Toelchtng)).ToList();
        return new RetourmeldingAnswer(answered, retour.BrAlg.SrtRetmldngCd == RetourmeldingFactory.Verwerkt && errors.Count == 0, retour.BrAlg.SrtRetmldngCd, errors);
    }

    private static MemoryStream Stream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
