using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>
/// The Wrknmr person data. Dienstverbanden carries only id, birth date and gender; WerknemersGegevens and
/// Verzuimmeldingen also carry names, address, contact details, BSN (opt-in) and, up to 2024, the bank account.
/// </summary>
public static class PersonPart
{
    /// <summary>Id, birth date and gender: what every message has.</summary>
    public static Wrknmr Identity(MappingContext context, MedewerkerGegevensRow row) => new()
    {
        IdWrknmr = EmployeeIds.For(context.Profile, row),
        Gebdat = row.Geboortedatum ?? throw new MappingException(MedewerkerGegevensFields.Geboortedatum, "is missing"),
        GslchtCd = GenderCodes.ToSivi(row.Geslacht)
            ?? throw new MappingException(MedewerkerGegevensFields.Geslacht, "is not one of Man, Vrouw, Onbekend"),
    };

    /// <summary>The full person: identity plus names, BSN, bank account, home address and contact details.</summary>
    public static Wrknmr Full(MappingContext context, ReleaseShape shape, MedewerkerGegevensRow row, List<MappingNote> notes)
    {
        var werknemer = Identity(context, row);
        werknemer.SignNm = SiviText.Fit(row.Achternaam, 200)
            ?? throw new MappingException(MedewerkerGegevensFields.Achternaam, "is missing");
        werknemer.Voorv = SiviText.WithoutDigits(string.IsNullOrWhiteSpace(row.Voorvoegsel) ? row.Voorv_geb_naam : row.Voorvoegsel, 10);
        werknemer.Voorl = Initials.From(row.Voorletters)
            ?? throw new MappingException(MedewerkerGegevensFields.Voorletters, "is missing");
        werknemer.Roepnaam = SiviText.WithoutDigits(row.Roepnaam, 35);
        werknemer.NmvrkrCd = NamePreference(row, notes);
        if (SiviText.Fit(row.Geb_naam_partner, 200) is { } partner)
        {
            werknemer.Prtnr = new Prtnr { SignNm = partner, Voorv = SiviText.WithoutDigits(row.Voorvoegsel_partner, 10) };
        }
        if (context.Profile.IncludeBsn && shape.Has("Wrkgvr/Wrknmr/SofiNr") && !string.IsNullOrWhiteSpace(row.BSN))
        {
            werknemer.SofiNr = Bsn.Normalize(row.BSN)
                ?? throw new MappingException(MedewerkerGegevensFields.BSN, "is not a valid BSN (nine digits passing the 11-proef)");
        }
        AddBankAccount(context, shape, werknemer, row);
        AddressPart.AddHome(werknemer, shape, row, notes);
        AddCom(werknemer, CommunicationCodes.TelefoonPrive, row.Telefoonnr_prive);
        AddCom(werknemer, CommunicationCodes.MobielPrive, row.Mobiel_prive);
        AddCom(werknemer, CommunicationCodes.MobielWerk, row.Mobiel_werk);
        AddCom(werknemer, CommunicationCodes.EmailPrive, row.E_mail_prive);
        AddCom(werknemer, CommunicationCodes.EmailWerk, row.E_mail_werk);
        return werknemer;
    }

    private static string NamePreference(MedewerkerGegevensRow row, List<MappingNote> notes)
    {
        var code = NamePreferenceCodes.ToSivi(row.Voorkeurshantering)
            ?? throw new MappingException(MedewerkerGegevensFields.Voorkeurshantering, "is not a name usage the gateway knows");
        if (NamePreferenceCodes.NeedsPartnerName(code) && string.IsNullOrWhiteSpace(row.Geb_naam_partner))
        {
            notes.Add(new MappingNote(MedewerkerGegevensFields.Geb_naam_partner, "is missing while Voorkeurshantering uses it; own name sent (NmvrkrCd 01)"));
            return NamePreferenceCodes.EigenNaam;
        }
        return code;
    }

    /// <summary>IBAN and BIC, only in the message types and releases that carry a bank account (BnkGiro up to 2024).</summary>
    private static void AddBankAccount(MappingContext context, ReleaseShape shape, Wrknmr werknemer, MedewerkerGegevensRow row)
    {
        if (!shape.Has("Wrkgvr/Wrknmr/BnkGiro") || context.Source.Iban(row.GUID) is not { } bank)
        {
            return;
        }
        var iban = bank.IBAN_nummer is null ? null : string.Concat(bank.IBAN_nummer.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (string.IsNullOrEmpty(iban))
        {
            return;
        }
        werknemer.BnkGiro = new BnkGiro
        {
            Iban = SiviText.Code(iban, 34, MedewerkerIbanFields.IBAN_nummer),
            Bic = SiviText.Code(bank.BIC_code?.ToUpperInvariant(), 11, MedewerkerIbanFields.BIC_code),
        };
    }

    private static void AddCom(Wrknmr werknemer, string kind, string? value)
    {
        if (SiviText.Fit(value, 512) is { } number)
        {
            werknemer.Com.Add(new Com { SrtComCd = kind, NrCom = number });
        }
    }
}
