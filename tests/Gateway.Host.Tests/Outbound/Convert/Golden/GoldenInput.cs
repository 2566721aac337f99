using System.Text;
using System.Text.RegularExpressions;
using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert.Golden;

/// <summary>
/// The hand-written AFAS input behind the golden files, and its conversion for one message type and release.
/// One employer (PAQT.com B.V., code 01) with a three-level organigram HOOFD → TNW2M → TNW2M-ST and two managers
/// (Anna Bakker on HOOFD, Petra van Jansen on TNW2M); one employee (G.D. "Denny" de Vries, partner name van der Berg,
/// Keizersgracht 12a, a BSN the profile does not send, an IBAN) with two dienstverbanden, the first with two contracts;
/// and one sickness case: start 100% on 12 May 2025, 50% present from 19 May, recovered on 28 May. Verzuimmeldingen
/// arrive batch by batch as the pipeline would see them (start, new verloop row, recovery), so the case's messages
/// carry VrzmgvlVnrMld 1, 2 and 3. The clock stands still at <see cref="FixedClock.SimulatorStart"/>.
/// </summary>
internal static class GoldenInput
{
    public const string DirectorGuid = "{9C2E4B71-5D3A-4F08-A1C6-2B7E8D90F3A4}";
    public const string PartialRecoveryGuid = "{2D8F6A13-7B4C-4E59-9A01-C3E5F7B92D68}";
    public const string StoringsdienstUnit = "TNW2M-ST";

    private static readonly Regex BerrefnrShape = new("^[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$", RegexOptions.CultureInvariant);

    private static readonly DateOnly Recovered = new(2025, 5, 28);

    public static WerkgeverRow Employer { get; } = TestRows.Employer();

    public static IReadOnlyList<OrganigramRow> Units { get; } =
    [
        TestRows.Unit("HOOFD", null, "Hoofdkantoor"),
        TestRows.Unit("TNW2M", "HOOFD", "Techniek"),
        TestRows.Unit(StoringsdienstUnit, "TNW2M", "Storingsdienst") with { Laag = 3, Begindatum_organigram = new DateOnly(2021, 7, 1) },
    ];

    public static IReadOnlyList<AccountAutorisatieRow> Managers { get; } =
    [
        TestRows.Manager("TNW2M"),
        TestRows.Manager("HOOFD", DirectorGuid, "Bakker") with
        {
            Leidinggevende_Code = "DIR",
            Leidinggevende_Roepnaam = "Anna",
            Leidinggevende_Voorletters = "A.M.",
            Leidinggevende_Voorvoegsel = "",
            Leidinggevende_Mob_werk = "",
            Leidinggevende_Mail_werk = "a.bakker@example.nl",
        },
    ];

    /// <summary>Dienstverband 1 (contract 1 fixed-term, contract 2 permanent) in the Storingsdienst; dienstverband 2, an on-call contract at head office.</summary>
    public static IReadOnlyList<MedewerkerGegevensRow> EmployeeRows { get; } = CreateEmployeeRows();

    public static MedewerkerIbanRow Iban { get; } = TestRows.Iban("nl91 abna 0417 1643 00") with { BIC_code = "abnanl2a" };

    /// <summary>The first verloop row: absent 100% from 12 May 2025 (remark and reason text that must never be sent).</summary>
    public static VerzuimRow AbsenceStart { get; } = TestRows.Absence() with { Reden_verzuim = "Hernia" };

    /// <summary>The second verloop row: 50% present from 19 May 2025.</summary>
    public static VerzuimRow PartialRecovery { get; } = TestRows.Phase(AbsenceStart, PartialRecoveryGuid, new DateOnly(2025, 5, 19), 50m);

    /// <summary>The Berrefnr every golden file carries instead of the random part of the UUIDv7 the writer draws.</summary>
    public static string FixedBerrefnr(int position) =>
        TimestampPrefix + "70008000" + position.ToString("x12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Converts the input into the messages of one type and release, in the order a receiver gets them, each with its
    /// golden file name (<c>&lt;Type&gt;.xml</c>, or <c>&lt;Type&gt;-&lt;VrzmgvlVnrMld&gt;.xml</c> for Verzuimmeldingen) and
    /// its random Berrefnr replaced by <see cref="FixedBerrefnr"/>. Fails when anything falls out, is skipped
    /// unexpectedly or leaves a note.
    /// </summary>
    public static async Task<IReadOnlyList<(string FileName, byte[] Content)>> ConvertAsync(string release, string messageType)
    {
        var harness = await Harness.CreateAsync(release, p =>
        {
            p.MessageTypes = [messageType];
            p.UseWerknemersGegevens = messageType == SiviMessageTypes.WerknemersGegevens;
        });
        Fill(harness);
        var messages = new List<ConvertedMessage>();
        messages.AddRange(Checked(await harness.ConvertAsync(InitialLoad)));
        if (messageType == SiviMessageTypes.Verzuimmeldingen)
        {
            messages.AddRange(Checked(await harness.NewAbsenceAsync(AbsenceStart)));
            messages.AddRange(Checked(await harness.NewAbsenceAsync(PartialRecovery)));
            messages.AddRange(Checked(await harness.ChangedAbsenceAsync(
                [(AbsenceStart, TestRows.Closed(AbsenceStart, Recovered)), (PartialRecovery, TestRows.Closed(PartialRecovery, Recovered))],
                VerzuimFields.Datum_hervatting, VerzuimFields.Datum_herstelmelding, VerzuimFields.Reden_afsluiten_code,
                VerzuimFields.Reden_afsluiten_omschrijving, VerzuimFields.Melding_Gewijzigd_Op)));
        }
        Assert.All(messages, m => Assert.Equal((messageType, release), (m.MessageName, m.Release)));
        if (messageType != SiviMessageTypes.Verzuimmeldingen)
        {
            var only = Assert.Single(messages);
            return [(messageType + ".xml", WithFixedBerrefnr(only, 1))];
        }
        Assert.Equal([1, 2, 3], messages.Select(m => m.Sequence ?? 0));
        return [.. messages.Select((m, i) => ($"{messageType}-{m.Sequence}.xml", WithFixedBerrefnr(m, i + 1)))];
    }

    /// <summary>The current state of all six connectors: everything above except the verzuim rows, which arrive batch by batch.</summary>
    private static void Fill(Harness harness)
    {
        harness.Source.Put(Employer);
        foreach (var unit in Units)
        {
            harness.Source.Put(unit);
        }
        foreach (var manager in Managers)
        {
            harness.Source.Put(manager);
        }
        foreach (var row in EmployeeRows)
        {
            harness.Source.Put(row);
        }
        harness.Source.Put(Iban);
        Assert.Equal((1, 3, 3), (harness.Source.Employers.Count, harness.Source.Units.Count, harness.Source.EmployeeRows().Count()));
    }

    /// <summary>The first pull: every employer, employee and bank account row is new (the organigram comes with its employer).</summary>
    private static void InitialLoad(ConversionBatch batch)
    {
        batch.Werkgevers.Add(SourceChange.New(Employer));
        batch.MedewerkerGegevens.AddRange(EmployeeRows.Select(SourceChange.New));
        batch.MedewerkerIban.Add(SourceChange.New(Iban));
    }

    private static IReadOnlyList<MedewerkerGegevensRow> CreateEmployeeRows()
    {
        var person = TestRows.Employee() with
        {
            Voorvoegsel_partner = "van der",
            Geb_naam_partner = "Berg",
            Voorkeurshantering = "Geb. naam partner + Geboortenaam",
            Huisnummer = "12",
            Huisnummer_toevoeging = "a",
            Afdelingscode = StoringsdienstUnit,
            Afdelingsnaam = "Storingsdienst",
            Kostenplaatscode = "07",
            Kostenplaatsomschrijving = "Service",
            Mutatiedatum_OE = new DateOnly(2021, 7, 1),
        };
        return
        [
            person with { Contractnummer = 1, Type_contract = "Bepaalde tijd", Einddatum_contract = new DateOnly(2019, 12, 31) },
            person with { Contractnummer = 2, Type_contract = "Onbepaalde tijd" },
            person with
            {
                Dienstverbandnummer = 2,
                Contractnummer = 3,
                Afdelingscode = "HOOFD",
                Afdelingsnaam = "Hoofdkantoor",
                Kostenplaatscode = "01",
                Kostenplaatsomschrijving = "Algemeen",
                Datum_start_dvb = new DateOnly(2022, 3, 1),
                Functie = "Planner storingsdienst",
                Type_contract = "Oproepcontract",
                FTE = 0.2m,
                Uren_per_week = 8m,
                Mutatiedatum_OE = null,
                Leidinggevende_code = "DIR",
                Leidinggevende_guid = DirectorGuid,
            },
        ];
    }

    private static List<ConvertedMessage> Checked(ConversionResult result)
    {
        Assert.True(result.Failures.Count == 0, Harness.Describe(result));
        Assert.Empty(result.Notes);
        return result.Messages;
    }

    private static string TimestampPrefix => Guid.CreateVersion7(FixedClock.SimulatorStart.GetUtcNow()).ToString("N")[..12];

    /// <summary>The message with its Berrefnr (a UUIDv7 stamped with the fixed clock) replaced, byte for byte, by the fixed one.</summary>
    private static byte[] WithFixedBerrefnr(ConvertedMessage message, int position)
    {
        Assert.Matches(BerrefnrShape, message.Berrefnr);
        Assert.StartsWith(TimestampPrefix, message.Berrefnr, StringComparison.Ordinal);
        var random = Encoding.ASCII.GetBytes(message.Berrefnr);
        var at = message.Content.AsSpan().IndexOf(random);
        Assert.True(at >= 0 && message.Content.AsSpan().LastIndexOf(random) == at, $"Berrefnr {message.Berrefnr} is not in the message exactly once");
        var content = (byte[])message.Content.Clone();
        Encoding.ASCII.GetBytes(FixedBerrefnr(position)).CopyTo(content, at);
        return content;
    }
}
