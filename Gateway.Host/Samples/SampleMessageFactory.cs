using Sivi.Messages;
using Sivi.Messages.Header;
using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Gateway.Host.Samples;

/// <summary>
/// A small, realistic message of every type, built through the typed model: what the README's first command
/// writes and validates, and what tests use when they need "a valid message". All persons are fictitious.
/// </summary>
public sealed class SampleMessageFactory(SiviDefinitions definitions, TimeProvider clock)
{
    private static readonly BrAlgOptions Link = new("GATEWAY-DEMO", "ARBODIENST-DEMO", "SIVI Gateway demo", Test: true);

    public IEnumerable<SiviMessage> All(string release)
    {
        yield return WerkgeversGegevens(release);
        yield return Dienstverbanden(release);
        yield return WerknemersGegevens(release);
        yield return Verzuimmelding(release);
        yield return Retourmelding(release, "0190f3c1a2b34c5d8e9f0a1b2c3d4e5f", rejected: true);
    }

    public WerkgeversGegevensBasisregistratie WerkgeversGegevens(string release)
    {
        var message = Create<WerkgeversGegevensBasisregistratie>(release);
        var werkgever = Werkgever();
        werkgever.OrgeenhCd = "HOOFD";
        werkgever.StrAdrNl.Add(new StrAdrNl { SrtAdrsCd = "01", Pc = "3526KS", Wnpl = "Utrecht", StraatLang = "Europalaan", Huisnr = "40" });
        var contact = Contact(release);
        werkgever.Cntprsn.Add(contact);
        werkgever.OrgEenh.Add(new OrgEenh { VrwrkCd = "01", NmOrgeenh = "Hoofdkantoor", OrgeenhCd = "HOOFD" });
        werkgever.OrgEenh.Add(new OrgEenh { VrwrkCd = "01", NmOrgeenh = "Techniek", OrgeenhCd = "TNW2M", OndOrgeenhCd = "HOOFD" });
        message.Wrkgvr.Add(werkgever);
        return message;
    }

    public Dienstverbanden Dienstverbanden(string release)
    {
        var message = Create<Dienstverbanden>(release);
        var werkgever = Werkgever();
        var werknemer = new Wrknmr { Gebdat = new DateOnly(1962, 5, 1), GslchtCd = "M", IdWrknmr = "6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6" };
        werknemer.Dnstvbnd.Add(Dienstverband(release));
        werkgever.Wrknmr.Add(werknemer);
        message.Wrkgvr.Add(werkgever);
        return message;
    }

    public WerknemerGegevens WerknemersGegevens(string release)
    {
        var message = Create<WerknemerGegevens>(release);
        var werkgever = Werkgever();
        var werknemer = new Wrknmr { Gebdat = new DateOnly(1985, 11, 23), SignNm = "Bakker", Voorl = "AM", Roepnaam = "Anna", NmvrkrCd = "01", GslchtCd = "V", IdWrknmr = "0C4D2B1A-7E6F-4A3B-9C8D-1E2F3A4B5C6D" };
        werknemer.StrAdrNl.Add(new StrAdrNl { SrtAdrsCd = "01", Pc = "1017AB", Wnpl = "Amsterdam", StraatLang = "Keizersgracht", Huisnr = "12", HuisToev = "a" });
        werknemer.Com.Add(new Com { SrtComCd = "10", NrCom = "anna.bakker@example.nl" });
        werknemer.Dnstvbnd.Add(Dienstverband(release));
        werkgever.Wrknmr.Add(werknemer);
        message.Wrkgvr.Add(werkgever);
        return message;
    }

    public Verzuimmeldingen Verzuimmelding(string release)
    {
        var message = Create<Verzuimmeldingen>(release);
        var werkgever = Werkgever();
        var verzuim = new Vrzm
        {
            VrwrkCd = "01",
            IngdatMutVrzm = new DateOnly(2026, 2, 18),
            VrzmgvlId = "FEF31C6B-48E8-44C5-9913-27785D37D12D",
            VrzmgvlVnrMld = "1",
            EndVrzmJN = "N",
            DatVrzmWrkgvr = new DateOnly(2026, 2, 18),
            DatEerstVrzmdg = new DateOnly(2026, 2, 18),
            PrcVrzm = 100m,
            OorzkVrzmCd = "99",
            VngntJN = "N",
        };
        verzuim.Cntprsn.Add(Contact(release));
        var dienstverband = Dienstverband(release);
        dienstverband.Vrzm.Add(verzuim);
        dienstverband.Cntprsn.Add(Contact(release));
        var werknemer = new Wrknmr { Gebdat = new DateOnly(1962, 5, 1), SignNm = "Vries", Voorv = "de", Voorl = "GD", NmvrkrCd = "01", GslchtCd = "M", IdWrknmr = "6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6" };
        werknemer.Dnstvbnd.Add(dienstverband);
        werkgever.Wrknmr.Add(werknemer);
        message.Wrkgvr.Add(werkgever);
        return message;
    }

    public Retourmelding1 Retourmelding(string release, string berrefnrIngezonden, bool rejected)
    {
        var message = Create<Retourmelding1>(release);
        message.BrAlg!.BerrefnrIngzndnBer = berrefnrIngezonden;
        message.BrAlg.OntvngstbevJN = "N";
        message.BrAlg.SrtRetmldngCd = rejected ? "03" : "02";
        if (rejected)
        {
            message.Foutmldng.Add(new Foutmldng { SrtFoutCd = "01", Toelchtng = "Werknemer onbekend bij ontvanger" });
        }
        return message;
    }

    private T Create<T>(string release)
        where T : SiviMessage, new()
    {
        var message = new T { Release = release };
        message.BrAlg = new BrAlgFactory(definitions, clock).Create(message.MessageName, release, Link);
        return message;
    }

    private static Wrkgvr Werkgever() =>
        new() { HndlsnmOrg = "Voorbeeld Zorg B.V.", IdWrkgvrArbdnst = "WG-0001", AansltnrGeguitwlngArbdnst = "AANSL-0001", Lhnr = "123456789L01" };

    private static Dnstvbnd Dienstverband(string release)
    {
        var dienstverband = new Dnstvbnd
        {
            IdDnstvbnd = "1001-4",
            Ingdat = new DateOnly(2019, 1, 1),
            PersNr = "1001",
            NmFnct = "Verpleegkundige",
            OrgeenhCd = "TNW2M",
            NmOrgeenh = "Techniek",
            CdBepTd = "O",
            AantCtrcturenPWk = 36m,
        };
        if (string.CompareOrdinal(release, "2024") >= 0)
        {
            dienstverband.FsIndFZ = "1";
        }
        return dienstverband;
    }

    private static Cntprsn Contact(string release)
    {
        var contact = new Cntprsn { Achternaam = "Jansen", Voorl = "P", Roepnaam = "Petra", GslchtCd = "V", RolCntprsnCd = "01" };
        if (string.CompareOrdinal(release, "2024") >= 0)
        {
            contact.IdCntctprsn = "KMA";
        }
        contact.Com.Add(new Com { SrtComCd = "10", NrCom = "p.jansen@example.nl" });
        return contact;
    }
}
