using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Profile;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// Which AFAS fields each message type reads from the rows it is made from: what it carries, and what it needs to
/// identify or order its data. A value problem in one of them stops that message (uitval); a problem in another field
/// of those rows is only a note (<see cref="RowProblemCheck"/>). The table is in docs/mapping.md.
/// </summary>
public static class FieldsUsed
{
    /// <summary>Medewerker_Gegevens, the person (the row of the latest dienstverband): what Dienstverbanden carries of him.</summary>
    public static IReadOnlySet<string> PersonIdentity { get; } = Set(
        MedewerkerGegevensFields.GUID, MedewerkerGegevensFields.Personeelsnummer, MedewerkerGegevensFields.Geboortedatum,
        MedewerkerGegevensFields.Geslacht);

    /// <summary>Medewerker_Gegevens, the person as WerknemersGegevens and Verzuimmeldingen carry him (names, address, contact details).</summary>
    public static IReadOnlySet<string> Person { get; } = Set(
        [.. PersonIdentity,
        MedewerkerGegevensFields.Voorletters, MedewerkerGegevensFields.Roepnaam, MedewerkerGegevensFields.Voorvoegsel,
        MedewerkerGegevensFields.Achternaam, MedewerkerGegevensFields.Voorvoegsel_partner, MedewerkerGegevensFields.Geb_naam_partner,
        MedewerkerGegevensFields.Voorkeurshantering, MedewerkerGegevensFields.Straatnaam, MedewerkerGegevensFields.Huisnummer,
        MedewerkerGegevensFields.Huisnummer_toevoeging, MedewerkerGegevensFields.Postcode, MedewerkerGegevensFields.Woonplaats,
        MedewerkerGegevensFields.Land, MedewerkerGegevensFields.Telefoonnr_prive, MedewerkerGegevensFields.Mobiel_prive,
        MedewerkerGegevensFields.E_mail_prive, MedewerkerGegevensFields.Mobiel_werk, MedewerkerGegevensFields.E_mail_werk,
        MedewerkerGegevensFields.Voorv_geb_naam]);

    /// <summary>Medewerker_Gegevens, one dienstverband (its latest contract's row) as a Dnstvbnd, without the mutation dates.</summary>
    public static IReadOnlySet<string> Employment { get; } = Set(
        MedewerkerGegevensFields.Personeelsnummer, MedewerkerGegevensFields.Werkgeverscode, MedewerkerGegevensFields.Dienstverbandnummer,
        MedewerkerGegevensFields.Contractnummer, MedewerkerGegevensFields.Afdelingscode, MedewerkerGegevensFields.Afdelingsnaam,
        MedewerkerGegevensFields.Kostenplaatscode, MedewerkerGegevensFields.Kostenplaatsomschrijving, MedewerkerGegevensFields.Datum_start_dvb,
        MedewerkerGegevensFields.Datum_eind_dvb, MedewerkerGegevensFields.Functie, MedewerkerGegevensFields.Type_contract,
        MedewerkerGegevensFields.FTE, MedewerkerGegevensFields.Uren_per_week, MedewerkerGegevensFields.Leidinggevende_code,
        MedewerkerGegevensFields.Leidinggevende_guid);

    /// <summary>The dienstverband as a Dnstvbnd with IngdatMut (the latest of the mutation dates).</summary>
    public static IReadOnlySet<string> EmploymentWithMutationDate { get; } = Set(
        [.. Employment, MedewerkerGegevensFields.Mutatiedatum_Rooster, MedewerkerGegevensFields.Mutatiedatum_OE,
        MedewerkerGegevensFields.Mutatiedatum_salaris]);

    /// <summary>What choosing an absence's dienstverband reads when Verzuim has no Dienstverbandnummer: every dienstverband's dates.</summary>
    public static IReadOnlySet<string> EmploymentChoice { get; } = Set(MedewerkerGegevensFields.Datum_start_dvb, MedewerkerGegevensFields.Datum_eind_dvb);

    /// <summary>Verzuim rows in Verzuimmeldingen (the care address only for accounts that send it).</summary>
    public static IReadOnlySet<string> Verzuim(bool careAddress) => careAddress ? VerzuimWithCareAddress : VerzuimWithoutCareAddress;

    /// <summary>Organigram rows in WerkgeversGegevensBasisregistratie (Laag is not read: the tree travels as the parent).</summary>
    public static IReadOnlySet<string> OrgUnit { get; } = Set(
        OrganigramFields.Org_eenheid, OrganigramFields.Org_eenheid_omschrijving, OrganigramFields.Begindatum_organigram,
        OrganigramFields.Einddatum_organigram, OrganigramFields.Bovenliggende_org_eenheid);

    /// <summary>The Werkgevers row in WerkgeversGegevensBasisregistratie: name and business address.</summary>
    public static IReadOnlySet<string> Employer { get; } = Set(
        WerkgeverFields.Werkgeverscode, WerkgeverFields.Werkgeversnaam, WerkgeverFields.Straatnaam, WerkgeverFields.Huisnummer,
        WerkgeverFields.Huisnummer_toevoeging, WerkgeverFields.Postcode, WerkgeverFields.Woonplaats, WerkgeverFields.Land);

    /// <summary>Accounts_Autorisaties rows of the units a WerkgeversGegevensBasisregistratie sends: the manager as contact person (Einddatum_organigram is not read).</summary>
    public static IReadOnlySet<string> Manager { get; } = Set(
        AccountAutorisatieFields.Org_eenheid, AccountAutorisatieFields.Leidinggevende_Guid, AccountAutorisatieFields.Leidinggevende_Code,
        AccountAutorisatieFields.Leidinggevende_Roepnaam, AccountAutorisatieFields.Leidinggevende_Voorletters,
        AccountAutorisatieFields.Leidinggevende_Voorvoegsel, AccountAutorisatieFields.Leidinggevende_Achternaam,
        AccountAutorisatieFields.Leidinggevende_Geslacht_code, AccountAutorisatieFields.Leidinggevende_Mob_werk,
        AccountAutorisatieFields.Leidinggevende_Mail_werk);

    /// <summary>The person fields a message type reads: the identity for Dienstverbanden, the full person otherwise (with the BSN when it is sent).</summary>
    public static IReadOnlySet<string> PersonFor(string messageType, bool sendsBsn)
    {
        if (messageType == SiviMessageTypes.Dienstverbanden)
        {
            return PersonIdentity;
        }
        return sendsBsn ? PersonWithBsn : Person;
    }

    /// <summary>The dienstverband fields a message type's release reads: with the mutation dates where its Dnstvbnd has IngdatMut.</summary>
    public static IReadOnlySet<string> EmploymentFor(ReleaseShape shape) =>
        shape.Has("Wrkgvr/Wrknmr/Dnstvbnd/IngdatMut") ? EmploymentWithMutationDate : Employment;

    private static readonly IReadOnlySet<string> PersonWithBsn = Set([.. Person, MedewerkerGegevensFields.BSN]);

    private static readonly IReadOnlySet<string> VerzuimWithoutCareAddress = Set(
        VerzuimFields.Werkgevercode, VerzuimFields.Dienstverbandnummer, VerzuimFields.Guid_medewerker, VerzuimFields.Type,
        VerzuimFields.Begin, VerzuimFields.Datum_ziekmelding, VerzuimFields.Reden_verzuim_code, VerzuimFields.Datum_hervatting,
        VerzuimFields.Werkelijke_bevallingsdatum, VerzuimFields.Datum_deelherstel, VerzuimFields.Guid_verzuimmelding,
        VerzuimFields.Reden_afsluiten_code, VerzuimFields.Aanwezigheidspercentage, VerzuimFields.GUID_verzuimverloop,
        VerzuimFields.Verloop_Gewijzigd_Op, VerzuimFields.Melding_Gewijzigd_Op, VerzuimFields.Datum_herstelmelding,
        VerzuimFields.Vangnetregeling);

    private static readonly IReadOnlySet<string> VerzuimWithCareAddress = Set(
        [.. VerzuimWithoutCareAddress,
        VerzuimFields.Verpleegadres_Naam, VerzuimFields.Verpleegadres_Straat, VerzuimFields.Verpleegadres_Huisnr,
        VerzuimFields.Verpleegadres_Toev_aan_huisnr, VerzuimFields.Verpleegadres_Pstcd, VerzuimFields.Verpleegadres_Plaats,
        VerzuimFields.Verpleegadres_Land]);

    private static HashSet<string> Set(params string[] fields) => new(fields, StringComparer.Ordinal);
}
