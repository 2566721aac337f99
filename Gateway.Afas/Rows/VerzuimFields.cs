namespace Gateway.Afas.Rows;

/// <summary>Field ids of Verzuim exactly as AFAS names them (for filters and ordering).</summary>
public static class VerzuimFields
{
    public const string Werkgevercode = "Werkgevercode";
    public const string Personeelsnummer = "Personeelsnummer";
    public const string Dienstverbandnummer = "Dienstverbandnummer";
    public const string Guid_medewerker = "Guid_medewerker";
    public const string Type = "Type";
    public const string Begin = "Begin";
    public const string Datum_ziekmelding = "Datum_ziekmelding";
    public const string Reden_verzuim_code = "Reden_verzuim_code";
    public const string Reden_verzuim = "Reden_verzuim";
    public const string Aanwezig_eerste_dag = "Aanwezig_eerste_dag";
    public const string Gesim_begin_doorl_verzuim = "Gesim._begin_doorl._verzuim";
    public const string Datum_hervatting = "Datum_hervatting";
    public const string Vermoedelijke_bevallingsdatum = "Vermoedelijke_bevallingsdatum";
    public const string Werkelijke_bevallingsdatum = "Werkelijke_bevallingsdatum";
    public const string Datum_deelherstel = "Datum_deelherstel";
    public const string Opmerking = "Opmerking";
    public const string Guid_verzuimmelding = "Guid_verzuimmelding";
    public const string Reden_afsluiten_code = "Reden_afsluiten_code";
    public const string Reden_afsluiten_omschrijving = "Reden_afsluiten_omschrijving";
    public const string Aanwezigheidspercentage = "Aanwezigheidspercentage";
    public const string Verpleegadres_Naam = "Verpleegadres_Naam";
    public const string Verpleegadres_Straat = "Verpleegadres_Straat";
    public const string Verpleegadres_Huisnr = "Verpleegadres_Huisnr.";
    public const string Verpleegadres_Toev_aan_huisnr = "Verpleegadres_Toev._aan_huisnr.";
    public const string Verpleegadres_Pstcd = "Verpleegadres_Pstcd.";
    public const string Verpleegadres_Plaats = "Verpleegadres_Plaats";
    public const string Verpleegadres_Land = "Verpleegadres_Land";
    public const string GUID_verzuimverloop = "GUID_verzuimverloop";
    public const string Verloop_Gewijzigd_Op = "Verloop_Gewijzigd_Op";
    public const string Melding_Gewijzigd_Op = "Melding_Gewijzigd_Op";
    public const string VerzuimId = "VerzuimId";
    public const string Meerling = "Meerling";
    public const string Datum_herstelmelding = "Datum_herstelmelding";
    public const string Begindatum_voor_contract = "Begindatum_voor_contract";
    public const string Vangnetregeling = "Vangnetregeling";
}
