using Sivi.Messages.Header;
using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Tests.Support;

/// <summary>Small, complete messages built through the typed model.</summary>
internal static class SampleMessages
{
    public static readonly BrAlgOptions Link = new("GATEWAY-TEST", "ARBODIENST-TEST", "SIVI Gateway tests");

    public static Verzuimmeldingen Verzuimmelding(string release, TimeProvider? clock = null)
    {
        var factory = new BrAlgFactory(SiviDefinitions.Embedded, clock ?? TimeProvider.System);
        var message = (Verzuimmeldingen)factory.CreateMessage("Verzuimmeldingen", release, Link);
        var vrzm = new Vrzm
        {
            VrwrkCd = "01",
            IngdatMutVrzm = new DateOnly(2026, 3, 2),
            VrzmgvlId = "FEF31C6B-48E8-44C5-9913-27785D37D12D",
            VrzmgvlVnrMld = "1",
            EndVrzmJN = "N",
            DatEerstVrzmdg = new DateOnly(2026, 3, 2),
            PrcVrzm = 100m,
            OorzkVrzmCd = "99",
            VngntJN = "N",
        };
        vrzm.Cntprsn.Add(Contact());
        var dnstvbnd = new Dnstvbnd
        {
            IdDnstvbnd = "4",
            Ingdat = new DateOnly(2019, 1, 1),
            OrgeenhCd = "TNW2M",
            AantCtrcturenPWk = 36m,
        };
        dnstvbnd.Vrzm.Add(vrzm);
        dnstvbnd.Cntprsn.Add(Contact());
        var wrknmr = new Wrknmr
        {
            Gebdat = new DateOnly(1962, 5, 1),
            SignNm = "Test",
            Voorl = "GD",
            NmvrkrCd = "01",
            GslchtCd = "M",
            IdWrknmr = "6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6",
        };
        wrknmr.Dnstvbnd.Add(dnstvbnd);
        var wrkgvr = new Wrkgvr
        {
            HndlsnmOrg = "Voorbeeld B.V.",
            IdWrkgvrArbdnst = "WG-01",
            AansltnrGeguitwlngArbdnst = "AANSL-01",
        };
        wrkgvr.Wrknmr.Add(wrknmr);
        message.Wrkgvr.Add(wrkgvr);
        return message;
    }

    private static Cntprsn Contact()
    {
        var contact = new Cntprsn { Achternaam = "Jansen", Voorl = "P", GslchtCd = "V", RolCntprsnCd = "01" };
        contact.Com.Add(new Com { SrtComCd = "10", NrCom = "p.jansen@example.nl" });
        return contact;
    }
}
