using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.Core.Privacy;
using Sivi.Schemas.Validation;

namespace Gateway.Receiving.Processing;

/// <summary>
/// The errors of the receiving role with their Toelichting, in Dutch for the sender. Texts name keys (employer id,
/// absence case id, sequence numbers, Berrefnr), positions and rules, never message values.
/// </summary>
public static partial class ReceivingErrors
{
    public static ReceivingError TooLarge(long limit) =>
        new(ReceivingErrorKind.TooLarge, $"Het bestand is groter dan de toegestane {limit.ToString(CultureInfo.InvariantCulture)} bytes en is niet ingelezen.");

    public static ReceivingError NotWellFormed(string reason, int line, int column) =>
        new(ReceivingErrorKind.NotWellFormed, $"Het bestand is geen geldige XML{Position(line, column, null)}: {PersonalDataScrubber.ScrubAllQuoted(reason)}");

    public static ReceivingError UnknownMessageType(string root, string namespaceUri, IEnumerable<string> releases) =>
        new(ReceivingErrorKind.UnknownMessageType,
            $"Het root-element {root} met namespace {namespaceUri} is geen SIVI-bericht van een jaargang die de ontvanger kent ({string.Join(", ", releases)}).");

    public static ReceivingError UnknownRelease(string release, IEnumerable<string> releases) =>
        new(ReceivingErrorKind.UnknownRelease,
            $"Jaargang {release} van de SIVI Verzuimstandaard is bij de ontvanger niet geïnstalleerd, dus dit bestand kan niet worden gelezen; "
            + $"stuur het in een jaargang die de ontvanger kent ({string.Join(", ", releases)}).");

    public static ReceivingError NotReceivable(string messageType) =>
        new(ReceivingErrorKind.NotReceivable, $"Een {messageType}-bericht wordt op dit koppelvlak niet ingelezen.");

    public static ReceivingError NoImportConfiguration(string reason) => new(ReceivingErrorKind.NoImportConfiguration, reason);

    public static ReceivingError ImportConfigurationMismatch(string reason) => new(ReceivingErrorKind.ImportConfigurationMismatch, reason);

    public static ReceivingError FromValidation(SiviValidationError error)
    {
        var kind = error.Kind switch
        {
            ValidationErrorKind.NotWellFormed => ReceivingErrorKind.NotWellFormed,
            ValidationErrorKind.Limit => ReceivingErrorKind.TooLarge,
            ValidationErrorKind.UnknownMessage or ValidationErrorKind.ReleaseMismatch => ReceivingErrorKind.UnknownMessageType,
            _ => ReceivingErrorKind.SchemaInvalid,
        };
        if (kind == ReceivingErrorKind.NotWellFormed)
        {
            return NotWellFormed(error.Message, error.Line, error.Column);
        }
        return new ReceivingError(kind, $"Schemafout{Position(error.Line, error.Column, error.Path)}: {SchemaText(error.Message)}");
    }

    public static ReceivingError Unreadable(string reason, int line, int column, string? path) =>
        new(ReceivingErrorKind.Unreadable, $"Het bericht kan niet worden ingelezen{Position(line, column, path)}: {PersonalDataScrubber.ScrubAllQuoted(reason)}");

    public static ReceivingError UnauthorisedEmployer(string employer) =>
        new(ReceivingErrorKind.UnauthorisedEmployer, $"Werkgever {employer} is niet geautoriseerd voor dit koppelaccount; het bericht is niet verwerkt.");

    public static ReceivingError DuplicateBerrefnr(string berrefnr) =>
        new(ReceivingErrorKind.DuplicateBerrefnr, $"Een bericht met berichtreferentie {berrefnr} is al eerder ontvangen; dit bericht is niet nogmaals verwerkt.");

    public static ReceivingError UnknownCase(string employer, string caseId, string vrwrkCd, int sequence) =>
        new(ReceivingErrorKind.UnknownCase,
            $"Verzuimgeval {caseId} van werkgever {employer} is onbekend bij de ontvanger; een {VrwrkCodes.Describe(vrwrkCd)} (volgnummer {sequence}) kan niet worden verwerkt zonder de ziekmelding.");

    public static ReceivingError SequenceRepeated(string employer, string caseId, int sequence) =>
        new(ReceivingErrorKind.SequenceRepeated,
            $"Melding {sequence} van verzuimgeval {caseId} van werkgever {employer} is al ontvangen; dit volgnummer wordt niet nogmaals verwerkt.");

    public static ReceivingError SequenceGap(string employer, string caseId, int sequence, int expected) =>
        new(ReceivingErrorKind.SequenceGap,
            $"Melding {sequence} van verzuimgeval {caseId} van werkgever {employer} komt niet in volgorde: eerst wordt melding {expected} verwacht. Het bericht wacht tot de ontbrekende melding(en) binnen zijn.");

    public static ReceivingError SequenceGapExpired(string employer, string caseId, int sequence, int hours) =>
        new(ReceivingErrorKind.SequenceGapExpired,
            $"Melding {sequence} van verzuimgeval {caseId} van werkgever {employer} heeft {hours} uur gewacht op eerdere meldingen van het geval die niet binnenkwamen en wordt niet verwerkt. Stuur de ontbrekende meldingen en daarna deze opnieuw (met een nieuw Berrefnr).");

    public static ReceivingError SequenceInvalid(string employer, string caseId) =>
        new(ReceivingErrorKind.SequenceInvalid, $"Het volgnummer (VrzmgvlVnrMld) van verzuimgeval {caseId} van werkgever {employer} is geen getal.");

    public static ReceivingError DiscardedAtRestart() =>
        new(ReceivingErrorKind.DiscardedAtRestart,
            "Het bestand is niet verwerkt: het kwam binnen terwijl de verwerking van dit koppelaccount was geblokkeerd, en de ontvanger heeft bij het herstarten besloten de klaarstaande bestanden niet te verwerken. Stuur de gegevens zo nodig opnieuw (met een nieuw Berrefnr).");

    private static string Position(int line, int column, string? path)
    {
        var at = line > 0 ? $" op regel {line.ToString(CultureInfo.InvariantCulture)}, kolom {column.ToString(CultureInfo.InvariantCulture)}" : "";
        return string.IsNullOrEmpty(path) ? at : $"{at} ({path})";
    }

    /// <summary>
    /// A schema message with its namespaces dropped (they carry nothing the sender does not know, and the text must fit
    /// 512 characters) and every quoted token that is not an element or type name of the SIVI descriptions or an XSD
    /// built-in type replaced by '…': schema messages quote the offending value ("The string '…' is not a valid…"),
    /// which may be a BSN, an IBAN or medical text.
    /// </summary>
    public static string SchemaText(string message)
    {
        var text = QualifiedName().Replace(InNamespace().Replace(message, ""), "'${name}'");
        text = Quoted().Replace(text, m => KnownNames.Value.Contains(m.Groups["token"].Value) ? m.Value : "'…'");
        return PersonalDataScrubber.Scrub(text);
    }

    private static readonly Lazy<HashSet<string>> KnownNames = new(() =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal)
        {
            "string", "decimal", "integer", "date", "time", "dateTime", "boolean", "String", "Decimal", "Integer", "Date", "Time",
        };
        var definitions = Sivi.Schemas.Definitions.SiviDefinitions.Embedded;
        names.UnionWith(definitions.TypeNames);
        foreach (var schema in definitions.All())
        {
            var pending = new Stack<Sivi.Schemas.Definitions.ElementDefinition>([schema.Root]);
            while (pending.TryPop(out var element))
            {
                names.Add(element.Name);
                foreach (var child in element.Children)
                {
                    pending.Push(child);
                }
            }
        }
        return names;
    });

    [GeneratedRegex(" in namespace '[^']*'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InNamespace();

    [GeneratedRegex("'http://www\\.(?:sivi\\.org|w3\\.org)/[^']*?:(?<name>[A-Za-z0-9]+)'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QualifiedName();

    [GeneratedRegex("'(?<token>[^']*)'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Quoted();
}
