using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Header;

/// <summary>
/// Builds the Retourmelding1 that answers a received message, in the sender's release: BerrefnrIngzndnBer is the
/// received Berrefnr; SrtRetmldngCd is <c>02</c> (processed) or <c>03</c> (not processed) — the two codes every
/// release allows, read as "bestand verwerkt" / "bestand niet verwerkt"; each error becomes a Foutmldng with its
/// SrtFoutCd and Toelchtng (at most <see cref="MaxFoutmeldingen"/>, the rest summed up in the last one). A receipt is
/// never asked for a receipt (OntvngstbevJN = N). Both roles answer with this one factory.
/// </summary>
public sealed class RetourmeldingFactory(SiviDefinitions definitions, TimeProvider clock)
{
    public const string MessageName = "Retourmelding1";

    /// <summary>SrtRetmldngCd: the received message was processed.</summary>
    public const string Verwerkt = "02";

    /// <summary>SrtRetmldngCd: the received message was not processed.</summary>
    public const string NietVerwerkt = "03";

    /// <summary>SrtFoutCd 99 (other), used when a refusal names no error of its own.</summary>
    public const string Overig = "99";

    /// <summary>Most Foutmldng entries written; further errors are summed up in the last one.</summary>
    public const int MaxFoutmeldingen = 50;

    private const int MaxIdLength = 40;
    private const int MaxSoftwareLength = 35;
    private const int MaxBerrefnrLength = 512;

    private readonly BrAlgFactory _headers = new(definitions, clock);

    /// <summary>Whether an answer can be built: the received message names a Berrefnr and a release that has Retourmelding1.</summary>
    public bool CanAnswer(string? berrefnr, string? release) =>
        berrefnr is { Length: > 0 and <= MaxBerrefnrLength } && release is not null && definitions.Exists(MessageName, release);

    /// <summary>The answer, or null when <see cref="CanAnswer"/> is false.</summary>
    /// <param name="release">The received message's release.</param>
    /// <param name="answered">The received message's Berrefnr.</param>
    /// <param name="ownId">Our identification (the received IdOntvngr); becomes the answer's IdInzndr.</param>
    /// <param name="partnerId">The sender's identification (the received IdInzndr); becomes the answer's IdOntvngr.</param>
    /// <param name="software">GebrSwPakket.</param>
    /// <param name="test">TestJN of the received message, echoed.</param>
    /// <param name="processed">Whether the received message was processed.</param>
    /// <param name="errors">Why not: (SrtFoutCd, Toelichting) pairs; empty when processed.</param>
    public Retourmelding1? Build(string? release, string? answered, string ownId, string partnerId, string software, bool test, bool processed,
        IReadOnlyList<(string SrtFoutCd, string? Toelichting)> errors)
    {
        if (!CanAnswer(answered, release))
        {
            return null;
        }
        var link = new BrAlgOptions(Cut(ownId, MaxIdLength), Cut(partnerId, MaxIdLength), Cut(software, MaxSoftwareLength),
            Test: test, OntvangstbevestigingGevraagd: false);
        var message = (Retourmelding1)_headers.CreateMessage(MessageName, release!, link);
        message.BrAlg!.BerrefnrIngzndnBer = answered;
        message.BrAlg.SrtRetmldngCd = processed ? Verwerkt : NietVerwerkt;
        var shown = errors.Count > MaxFoutmeldingen ? errors.Take(MaxFoutmeldingen - 1).ToList() : errors;
        foreach (var (code, text) in shown)
        {
            message.Foutmldng.Add(new Foutmldng { SrtFoutCd = code, Toelchtng = text });
        }
        if (shown.Count < errors.Count)
        {
            var rest = errors.Skip(shown.Count).ToList();
            message.Foutmldng.Add(new Foutmldng
            {
                SrtFoutCd = rest[0].SrtFoutCd,
                Toelchtng = $"En nog {rest.Count} fouten van dezelfde soort of later in het bestand (niet afzonderlijk vermeld).",
            });
        }
        if (!processed && message.Foutmldng.Count == 0)
        {
            message.Foutmldng.Add(new Foutmldng { SrtFoutCd = Overig, Toelchtng = "Het bericht is niet verwerkt." });
        }
        return message;
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
