using System.Text;
using Sivi.Messages.Header;
using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Tests.Support;

/// <summary>
/// Small valid messages of the types beyond the employer-to-arbodienst core, built through the typed model for any
/// release the type exists in: Afspraken (with the group names of its release), Documenten and MedischeKaart (each
/// carrying a base64 document), AanvraagPreventieveDiensten and VerwerkingsmeldingWgr-Arbo.
/// </summary>
internal static class FurtherTypeSamples
{
    public static readonly string[] Types = ["AanvraagPreventieveDiensten", "Afspraken", "Documenten", "MedischeKaart", "VerwerkingsmeldingWgr-Arbo"];

    /// <summary>The document the Documenten and MedischeKaart samples carry, base64-encoded in Datastring.</summary>
    public static readonly string Pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.4\n% probleemanalyse\n%%EOF\n"));

    private static readonly BrAlgFactory Header = new(SiviDefinitions.Embedded, TimeProvider.System);

    public static SiviMessage Build(string type, string release) => type switch
    {
        "AanvraagPreventieveDiensten" => AanvraagPreventieveDiensten(release),
        "Afspraken" => Afspraken(release),
        "Documenten" => Documenten(release),
        "MedischeKaart" => MedischeKaart(release),
        "VerwerkingsmeldingWgr-Arbo" => Verwerkingsmelding(release),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static Afspraken Afspraken(string release)
    {
        var message = (Afspraken)Header.CreateMessage("Afspraken", release, SampleMessages.Link);
        var afspraak = new Afspraak
        {
            IdAfspraak = "AFS-1",
            DatAfspraak = new DateOnly(2026, 4, 7),
            TijdAfspraak = new TimeOnly(9, 30),
            DuurAfspraak = 0.5m,
            StatusAfspraakCd = "01",
            VormAfspraakCd = release == "2026" ? "02" : null,
            OmsSrtAfspraak = "Spreekuur bedrijfsarts",
            Wrknmr = new Wrknmr { Achternaam = "Jansen", IdWrknmr = "WN-1" },
            UitvoerderAfspraak = new UitvoerderAfspraak { Achternaam = "de Vries", NmFnct = "Bedrijfsarts" },
        };
        if (release == "2026")
        {
            message.Wrkgvr = new Wrkgvr { HndlsnmOrg = "Voorbeeld B.V.", IdWrkgvrArbdnst = "WG-01", AansltnrGeguitwlngArbdnst = "AANSL-01", Lhnr = "123456789L01" };
            var contact = new Cntprsn { Achternaam = "Smit", Voorl = "J", GslchtCd = "M" };
            contact.Com.Add(new Com { SrtComCd = "10", NrCom = "j.smit@arbo.example" });
            message.Arbdnst = new Arbdnst { HndlsnmOrg = "Arbo B.V.", Cntprsn = contact };
            afspraak.StrAdrNl = new StrAdrNl { Pc = "1234AB", Huisnr = "10" };
            var dnstvbnd = new Dnstvbnd { IdDnstvbnd = "4" };
            dnstvbnd.Vrzm.Add(new Vrzm { DatEerstVrzmdg = new DateOnly(2026, 3, 2) });
            afspraak.Dnstvbnd.Add(dnstvbnd);
        }
        else
        {
            message.Werkgever = new Werkgever { HndlsnmOrg = "Voorbeeld B.V.", IdWrkgvrArbdnst = "WG-01", AansltnrGeguitwlngArbdnst = "AANSL-01", Lhnr = "123456789L01" };
            var contact = new Contactpersoon { Achternaam = "Smit", Voorl = "J", GslchtCd = "M" };
            contact.Communicatie.Add(new Communicatie { SrtComCd = "10", NrCom = "j.smit@arbo.example" });
            message.Arbodienst = new Arbodienst { HndlsnmOrg = "Arbo B.V.", Contactpersoon = contact };
            afspraak.StraatadresNederland = new StraatadresNederland { Pc = "1234AB", Huisnr = "10" };
            afspraak.Dienstverband.Add(new Dienstverband { IdDnstvbnd = "4", Verzuim = new Verzuim { DatEerstVrzmdg = new DateOnly(2026, 3, 2) } });
        }
        message.Afspraak.Add(afspraak);
        return message;
    }

    private static Documenten Documenten(string release)
    {
        var message = (Documenten)Header.CreateMessage("Documenten", release, SampleMessages.Link);
        message.Wrkgvr = new Wrkgvr { HndlsnmOrg = "Voorbeeld B.V.", IdWrkgvrArbdnst = "WG-01", AansltnrGeguitwlngArbdnst = "AANSL-01" };
        var document = Document("100");
        document.KenmerkZendPartij = "ARBO-DOC-1";
        document.Afspraak = new Afspraak { IdAfspraak = "AFS-1", DatAfspraak = new DateOnly(2026, 4, 7) };
        message.Document.Add(document);
        return message;
    }

    private static MedischeKaart MedischeKaart(string release)
    {
        var message = (MedischeKaart)Header.CreateMessage("MedischeKaart", release, SampleMessages.Link);
        message.BrAlg!.FunctieBrCd = "07";
        var document = Document("920");
        document.Wrknmr = new Wrknmr { SofiNr = "123456782", Gebdat = new DateOnly(1962, 5, 1), Achternaam = "Jansen", Voorl = "P", GslchtCd = "V" };
        message.Document.Add(document);
        return message;
    }

    private static Document Document(string srtDocumentCd)
    {
        var document = new Document
        {
            IdDocument = "DOC-1",
            DatDocument = new DateOnly(2026, 4, 8),
            SrtDocumentCd = srtDocumentCd,
            BestandTypCd = "01",
            Bestandsnm = "probleemanalyse.pdf",
            Datastring = Pdf,
            Wrknmr = new Wrknmr { IdWrknmr = "WN-1" },
        };
        var dnstvbnd = new Dnstvbnd { IdDnstvbnd = "4" };
        dnstvbnd.Vrzm.Add(new Vrzm { VrzmgvlId = "VG-1", DatEerstVrzmdg = new DateOnly(2026, 3, 2) });
        document.Dnstvbnd.Add(dnstvbnd);
        return document;
    }

    private static AanvraagPreventieveDiensten AanvraagPreventieveDiensten(string release)
    {
        var message = (AanvraagPreventieveDiensten)Header.CreateMessage("AanvraagPreventieveDiensten", release, SampleMessages.Link);
        var dienst = new PrevDienst
        {
            VrwrkCd = "01",
            IngdatMutPrev = new DateOnly(2026, 4, 1),
            IdPrevDienst = "PD-1",
            PreventDienst = "01",
            DatVanPrevD = new DateOnly(2026, 5, 1),
        };
        var dnstvbnd = new Dnstvbnd { IdDnstvbnd = "4", OrgeenhCd = "FIN", AantCtrcturenPWk = 36m };
        dnstvbnd.PrevDienst.Add(dienst);
        var wrknmr = new Wrknmr { Gebdat = new DateOnly(1962, 5, 1), SignNm = "Jansen", Voorl = "P", NmvrkrCd = "01", GslchtCd = "V", IdWrknmr = "WN-1" };
        wrknmr.Dnstvbnd.Add(dnstvbnd);
        var wrkgvr = new Wrkgvr { HndlsnmOrg = "Voorbeeld B.V.", IdWrkgvrArbdnst = "WG-01", AansltnrGeguitwlngArbdnst = "AANSL-01", Lhnr = "123456789L01" };
        wrkgvr.Wrknmr.Add(wrknmr);
        message.Wrkgvr.Add(wrkgvr);
        return message;
    }

    /// <summary>
    /// The standard fixes no BrCd/VnrBrCd for this type (any code of up to five characters), so the header is filled
    /// in here, not by the factory.
    /// </summary>
    private static VerwerkingsmeldingWerkgeverArbodienst Verwerkingsmelding(string release)
    {
        var message = new VerwerkingsmeldingWerkgeverArbodienst
        {
            Release = release,
            BrAlg = new BrAlg
            {
                BrCd = "X1",
                VnrBrCd = "7",
                AandatBr = new DateOnly(2026, 4, 8),
                AantijdBr = new TimeOnly(10, 0),
                IdInzndr = "ARBODIENST-TEST",
                GebrSwPakket = "Arbo software",
                IdOntvngr = "GATEWAY-TEST",
                Berrefnr = "VM-1",
                BerrefnrIngzndnBer = "VZ-1",
                TestJN = "J",
                OntvngstbevJN = "N",
            },
        };
        message.VrwrkMld.Add(new VrwrkMld
        {
            VrwrkbhdCd = "02",
            VrzmgvlId = "VG-1",
            VrzmgvlVnrMld = "3",
            AansltnrGeguitwlngArbdnst = "AANSL-01",
            IdWrkgvrArbdnst = "WG-01",
            CtrlCd = "V0012",
            MldngTkst = "Datum eerste verzuimdag ligt na de hersteldatum",
            VrTkst = new VrTkst { VrijeTekst = "Graag corrigeren" },
        });
        return message;
    }
}
