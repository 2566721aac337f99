using System.Text.Json.Serialization;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Rows;

/// <summary>Newdays_Connect_Verzuim_v1: one row per verzuimverloop record of a verzuimmelding. Holds medical data (reasons, remarks, care address): never log a row, only its <see cref="Key"/>. Note the field is Werkgevercode here, Werkgeverscode elsewhere.</summary>
public sealed record VerzuimRow : IAfasRow<VerzuimRow>
{
    public string? Werkgevercode { get; init; }
    public string? Personeelsnummer { get; init; }
    public int? Dienstverbandnummer { get; init; }
    public string? Guid_medewerker { get; init; }
    public string? Type { get; init; }
    public DateOnly? Begin { get; init; }
    public DateOnly? Datum_ziekmelding { get; init; }
    public string? Reden_verzuim_code { get; init; }
    public string? Reden_verzuim { get; init; }
    public decimal? Aanwezig_eerste_dag { get; init; }
    public DateOnly? Gesim_begin_doorl_verzuim { get; init; }
    public DateOnly? Datum_hervatting { get; init; }
    public DateOnly? Vermoedelijke_bevallingsdatum { get; init; }
    public DateOnly? Werkelijke_bevallingsdatum { get; init; }
    public DateOnly? Datum_deelherstel { get; init; }
    public string? Opmerking { get; init; }
    public required string Guid_verzuimmelding { get; init; }
    public string? Reden_afsluiten_code { get; init; }
    public string? Reden_afsluiten_omschrijving { get; init; }
    public decimal? Aanwezigheidspercentage { get; init; }
    public string? Verpleegadres_Naam { get; init; }
    public string? Verpleegadres_Straat { get; init; }
    public string? Verpleegadres_Huisnr { get; init; }
    public string? Verpleegadres_Toev_aan_huisnr { get; init; }
    public string? Verpleegadres_Pstcd { get; init; }
    public string? Verpleegadres_Plaats { get; init; }
    public string? Verpleegadres_Land { get; init; }
    public required string GUID_verzuimverloop { get; init; }
    public DateTimeOffset? Verloop_Gewijzigd_Op { get; init; }
    public DateTimeOffset? Melding_Gewijzigd_Op { get; init; }
    public int? VerzuimId { get; init; }
    public bool? Meerling { get; init; }
    public DateOnly? Datum_herstelmelding { get; init; }
    public DateOnly? Begindatum_voor_contract { get; init; }
    public bool? Vangnetregeling { get; init; }

    /// <summary>The fields whose values could not be read (they are null above); judged per message type by the mapping.</summary>
    [JsonIgnore]
    public AfasFieldProblems Problems { get; init; } = AfasFieldProblems.None;

    public static string ConnectorId => AfasConnectorIds.Verzuim;

    public static IReadOnlyList<string> KeyFields { get; } = [VerzuimFields.Guid_verzuimmelding, VerzuimFields.GUID_verzuimverloop];

    public AfasRecordKey Key => AfasRecordKey.Of(Guid_verzuimmelding, GUID_verzuimverloop);

    public static VerzuimRow Read(AfasRowFields fields) => new()
    {
        Werkgevercode = fields.Text(VerzuimFields.Werkgevercode),
        Personeelsnummer = fields.Text(VerzuimFields.Personeelsnummer),
        Dienstverbandnummer = fields.Integer(VerzuimFields.Dienstverbandnummer),
        Guid_medewerker = fields.Text(VerzuimFields.Guid_medewerker),
        Type = fields.Text(VerzuimFields.Type),
        Begin = fields.Date(VerzuimFields.Begin),
        Datum_ziekmelding = fields.Date(VerzuimFields.Datum_ziekmelding),
        Reden_verzuim_code = fields.Text(VerzuimFields.Reden_verzuim_code),
        Reden_verzuim = fields.Text(VerzuimFields.Reden_verzuim),
        Aanwezig_eerste_dag = fields.Decimal(VerzuimFields.Aanwezig_eerste_dag),
        Gesim_begin_doorl_verzuim = fields.Date(VerzuimFields.Gesim_begin_doorl_verzuim),
        Datum_hervatting = fields.Date(VerzuimFields.Datum_hervatting),
        Vermoedelijke_bevallingsdatum = fields.Date(VerzuimFields.Vermoedelijke_bevallingsdatum),
        Werkelijke_bevallingsdatum = fields.Date(VerzuimFields.Werkelijke_bevallingsdatum),
        Datum_deelherstel = fields.Date(VerzuimFields.Datum_deelherstel),
        Opmerking = fields.Text(VerzuimFields.Opmerking),
        Guid_verzuimmelding = fields.RequiredText(VerzuimFields.Guid_verzuimmelding),
        Reden_afsluiten_code = fields.Text(VerzuimFields.Reden_afsluiten_code),
        Reden_afsluiten_omschrijving = fields.Text(VerzuimFields.Reden_afsluiten_omschrijving),
        Aanwezigheidspercentage = fields.Decimal(VerzuimFields.Aanwezigheidspercentage),
        Verpleegadres_Naam = fields.Text(VerzuimFields.Verpleegadres_Naam),
        Verpleegadres_Straat = fields.Text(VerzuimFields.Verpleegadres_Straat),
        Verpleegadres_Huisnr = fields.Text(VerzuimFields.Verpleegadres_Huisnr),
        Verpleegadres_Toev_aan_huisnr = fields.Text(VerzuimFields.Verpleegadres_Toev_aan_huisnr),
        Verpleegadres_Pstcd = fields.Text(VerzuimFields.Verpleegadres_Pstcd),
        Verpleegadres_Plaats = fields.Text(VerzuimFields.Verpleegadres_Plaats),
        Verpleegadres_Land = fields.Text(VerzuimFields.Verpleegadres_Land),
        GUID_verzuimverloop = fields.RequiredText(VerzuimFields.GUID_verzuimverloop),
        Verloop_Gewijzigd_Op = fields.DateTime(VerzuimFields.Verloop_Gewijzigd_Op),
        Melding_Gewijzigd_Op = fields.DateTime(VerzuimFields.Melding_Gewijzigd_Op),
        VerzuimId = fields.Integer(VerzuimFields.VerzuimId),
        Meerling = fields.Boolean(VerzuimFields.Meerling),
        Datum_herstelmelding = fields.Date(VerzuimFields.Datum_herstelmelding),
        Begindatum_voor_contract = fields.Date(VerzuimFields.Begindatum_voor_contract),
        Vangnetregeling = fields.Boolean(VerzuimFields.Vangnetregeling),
        Problems = fields.ValueProblems(),
    };

    /// <summary>Only the connector and key: row values may be personal or medical data.</summary>
    public override string ToString() => $"{ConnectorId} {Key}";
}
