using System.Text;
using Gateway.Admin.Masking;

namespace Gateway.Admin.Tests;

/// <summary>How stored bodies are shown: indented, masked for auditors, never resolving DTDs, and as text when not XML.</summary>
public sealed class XmlBodyFormatterTests
{
    [Fact]
    public void Auditors_see_personal_elements_and_numbers_in_texts_masked_but_the_berrefnr_intact()
    {
        var body = Encoding.UTF8.GetBytes(AdminSeed.PersonXml(AdminSeed.BerrefnrWithDigits));

        var masked = XmlBodyFormatter.Format(body, masked: true);
        var plain = XmlBodyFormatter.Format(body, masked: false);

        Assert.Contains("<SofiNr>[BSN]</SofiNr>", masked, StringComparison.Ordinal);
        Assert.Contains("<Opmerking>BSN [BSN] en rekening [IBAN]</Opmerking>", masked, StringComparison.Ordinal);
        Assert.Contains(AdminSeed.BerrefnrWithDigits, masked, StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<WerknemerGegevens", plain, StringComparison.Ordinal);
        Assert.Contains($"<SofiNr>{AdminSeed.Bsn}</SofiNr>", plain, StringComparison.Ordinal);
    }

    private const string Dienstverband = """
        <Dienstverbanden>
          <Wrkgvr>
            <HndlsnmOrg>Bakkerij Jansen B.V.</HndlsnmOrg>
            <StrAdrNl><Pc>3526KS</Pc><Wnpl>Utrecht</Wnpl><StraatLang>Europalaan</StraatLang><Huisnr>40</Huisnr></StrAdrNl>
            <Cntprsn><Achternaam>Smit</Achternaam><Com><SrtComCd>08</SrtComCd><NrCom>p.smit@example.nl</NrCom></Com></Cntprsn>
            <Wrknmr>
              <Gebdat>1962-05-01</Gebdat><IdWrknmr>W-1001</IdWrknmr>
              <Achternaam>de Vries</Achternaam><Voorl>G.D.</Voorl>
              <StrAdrNl><Pc>1234AB</Pc><Wnpl>Zeist</Wnpl><StraatLang>Dorpsstraat</StraatLang><Huisnr>12</Huisnr><HuisToev>a</HuisToev></StrAdrNl>
              <Com><SrtComCd>06</SrtComCd><NrCom>0612345678</NrCom></Com>
            </Wrknmr>
          </Wrkgvr>
        </Dienstverbanden>
        """;

    [Fact]
    public void Auditors_see_names_addresses_birth_dates_and_contact_details_of_people_masked_by_default_but_the_employer_as_is()
    {
        var masked = XmlBodyFormatter.Format(Encoding.UTF8.GetBytes(Dienstverband), masked: true);

        Assert.DoesNotContain("de Vries", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("G.D.", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("1962-05-01", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("1234AB", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("0612345678", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Smit", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("p.smit@example.nl", masked, StringComparison.Ordinal);
        Assert.Contains("<Achternaam>[afgeschermd]</Achternaam>", masked, StringComparison.Ordinal);
        Assert.Contains("<StraatLang>Europalaan</StraatLang>", masked, StringComparison.Ordinal);
        Assert.Contains("<Pc>3526KS</Pc>", masked, StringComparison.Ordinal);
        Assert.Contains("<IdWrknmr>W-1001</IdWrknmr>", masked, StringComparison.Ordinal);
        Assert.Contains("<SrtComCd>06</SrtComCd>", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_can_let_auditors_see_chosen_categories()
    {
        var visible = new HashSet<Gateway.Core.Privacy.PersonalDataCategory> { Gateway.Core.Privacy.PersonalDataCategory.Names, Gateway.Core.Privacy.PersonalDataCategory.Contact };

        var masked = XmlBodyFormatter.Format(Encoding.UTF8.GetBytes(Dienstverband), masked: true, visible);

        Assert.Contains("<Achternaam>de Vries</Achternaam>", masked, StringComparison.Ordinal);
        Assert.Contains("<NrCom>0612345678</NrCom>", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("1962-05-01", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_fails_the_elfproef_is_not_a_bsn()
    {
        var masked = XmlBodyFormatter.Format("<Verzuim><Nr>123456789</Nr><Bsn>123456789</Bsn></Verzuim>"u8, masked: true);

        Assert.Contains("<Nr>123456789</Nr>", masked, StringComparison.Ordinal);
        Assert.Contains("<Bsn>[BSN]</Bsn>", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_with_a_dtd_or_broken_xml_is_shown_as_masked_text_and_nothing_is_resolved()
    {
        var entity = $"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e; {AdminSeed.Bsn}</x>";

        var shown = XmlBodyFormatter.Format(Encoding.UTF8.GetBytes(entity), masked: true);

        Assert.DoesNotContain("root:", shown, StringComparison.Ordinal);
        Assert.Contains("&e; [BSN]", shown, StringComparison.Ordinal);
        Assert.Equal("<broken", XmlBodyFormatter.Format("<broken"u8, masked: false));
    }

    [Fact]
    public void Identifiers_are_masked_only_when_the_whole_value_is_a_bsn_or_iban()
    {
        Assert.Equal("[BSN]", PersonalDataMask.Identifier(AdminSeed.Bsn, masked: true));
        Assert.Equal("[IBAN]", PersonalDataMask.Identifier(AdminSeed.Iban, masked: true));
        Assert.Equal(AdminSeed.BerrefnrWithDigits, PersonalDataMask.Identifier(AdminSeed.BerrefnrWithDigits, masked: true));
        Assert.Equal(AdminSeed.Bsn, PersonalDataMask.Identifier(AdminSeed.Bsn, masked: false));
    }
}
