using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Sivi.Messages.Header;
using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Gateway.Receiving.Retourmeldingen;

/// <summary>
/// Builds the Retourmelding1 that answers a received message, in the sender's release: BerrefnrIngzndnBer is the
/// received Berrefnr; SrtRetmldngCd is <c>02</c> (processed) or <c>03</c> (not processed) — the two codes every
/// release allows, read as "bestand verwerkt" / "bestand niet verwerkt" (2022 also lists 01 and 04, which the
/// gateway does not send); each error becomes a Foutmldng with its SrtFoutCd and Toelchtng. The answer's IdInzndr
/// is the received IdOntvngr (us), its IdOntvngr the received IdInzndr (the sender); TestJN is echoed; a receipt is
/// never asked for a receipt (OntvngstbevJN = N).
/// </summary>
public sealed class RetourmeldingBuilder(SiviDefinitions definitions, TimeProvider clock, ReceivingOptions options)
{
    public const string MessageName = RetourmeldingFactory.MessageName;

    /// <summary>SrtRetmldngCd: the received message was processed.</summary>
    public const string Verwerkt = RetourmeldingFactory.Verwerkt;

    /// <summary>SrtRetmldngCd: the received message was not processed.</summary>
    public const string NietVerwerkt = RetourmeldingFactory.NietVerwerkt;

    /// <summary>Most Foutmldng entries written; further errors are summed up in the last one.</summary>
    public const int MaxFoutmeldingen = RetourmeldingFactory.MaxFoutmeldingen;

    private readonly RetourmeldingFactory _factory = new(definitions, clock);

    /// <summary>
    /// Whether a Retourmelding can be built for <paramref name="header"/>: it names a Berrefnr, and its release has
    /// Retourmelding1 or (a release not installed, or without it) one of the account's import configurations' does.
    /// </summary>
    public bool CanAnswer(ReceivingAccount? account, ReceivedHeader header) =>
        _factory.CanAnswer(header.Berrefnr, ReleaseFor(account, header));

    /// <summary>
    /// The release to answer in: the sender's, when it has Retourmelding1; else the newest release the account
    /// accepts (its import configurations) that has it — so a file of a release we cannot read is still answered. A
    /// release the account accepts that is not described here (installed by the operator, e.g. 2021) counts as its
    /// nearest described release (<see cref="SiviDefinitions.NearestRelease"/>), so an account that accepts only such
    /// a release answers in the described release nearest to it (2022 for 2021).
    /// </summary>
    private string? ReleaseFor(ReceivingAccount? account, ReceivedHeader header) =>
        header.Release is { } release && definitions.Exists(MessageName, release)
            ? release
            : account?.Options.ImportConfigurations
                .Select(c => definitions.NearestRelease(MessageName, c.Release.Trim()))
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .LastOrDefault();

    /// <summary>The answer to a received message, or null when <see cref="CanAnswer"/> is false.</summary>
    /// <param name="account">Supplies our and the partner's identification when the header lacks them.</param>
    /// <param name="header">What the received file said about itself.</param>
    /// <param name="processed">Whether the message was applied.</param>
    /// <param name="errors">Why not (empty when processed).</param>
    public Retourmelding1? Build(ReceivingAccount? account, ReceivedHeader header, bool processed, IReadOnlyList<ReceivingError> errors) =>
        CanAnswer(account, header)
            ? _factory.Build(ReleaseFor(account, header), header.Berrefnr,
                header.IdOntvngr ?? account?.Options.OwnIdentification ?? options.OwnIdentification,
                header.IdInzndr ?? account?.Options.PartnerIdentification ?? account?.Name ?? "ONBEKEND",
                options.SoftwareName, header.IsTest, processed, [.. errors.Select(e => (e.SrtFoutCd, (string?)e.Toelichting))])
            : null;
}
