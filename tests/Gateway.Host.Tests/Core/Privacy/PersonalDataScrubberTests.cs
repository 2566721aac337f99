using Gateway.Core.Privacy;

namespace Gateway.Core.Tests.Privacy;

public sealed class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("123456782")]
    [InlineData("111222333")]
    [InlineData("000000012")]
    public void Nine_digits_passing_the_elfproef_are_a_bsn(string digits) => Assert.True(Elfproef.IsBsn(digits));

    [Theory]
    [InlineData("123456789")]
    [InlineData("000000000")]
    [InlineData("12345678")]
    [InlineData("1234567820")]
    [InlineData("12345678a")]
    public void Anything_else_is_not(string digits) => Assert.False(Elfproef.IsBsn(digits));

    [Theory]
    [InlineData("BSN 123456782 onbekend bij de arbodienst", "BSN [BSN] onbekend bij de arbodienst")]
    [InlineData("werknemer 1234.56.782 niet gevonden", "werknemer [BSN] niet gevonden")]
    [InlineData("werknemer 123 456 782 niet gevonden", "werknemer [BSN] niet gevonden")]
    [InlineData("sleutel EMP111222333", "sleutel EMP[BSN]")]
    public void A_bsn_is_masked_however_it_is_written(string text, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));

    [Theory]
    [InlineData("Personeelsnummer 123456789 heeft geen dienstverband")]
    [InlineData("Bericht 1234567820 afgekeurd")]
    [InlineData("Record 3f2504e0-4f89-11d3-9a0c-0305e82c3301 op 2026-03-29T07:00:00+02:00 afgekeurd")]
    [InlineData("Geboortedatum ontbreekt")]
    [InlineData("Verbinding gebroken, ongeldige operatie")]
    public void Keys_dates_and_plain_reasons_are_left_alone(string text) =>
        Assert.Equal(text, PersonalDataScrubber.Scrub(text));

    [Theory]
    [InlineData("IBAN NL91ABNA0417164300 ongeldig", "IBAN [IBAN] ongeldig")]
    [InlineData("IBAN NL91 ABNA 0417 1643 00 ongeldig", "IBAN [IBAN] ongeldig")]
    [InlineData("iban nl91abna0417164300", "iban [IBAN]")]
    [InlineData("rekening NL02RABO0123456789", "rekening [IBAN]")]
    [InlineData("rekening DE89 3704 0044 0532 0130 00 wijkt af", "rekening [IBAN] wijkt af")]
    [InlineData("rekening DE89370400440532013000", "rekening [IBAN]")]
    public void An_iban_is_masked(string text, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));

    [Fact]
    public void A_foreign_iban_shape_that_fails_the_check_is_left_alone() =>
        Assert.Equal("code DE00370400440532013000", PersonalDataScrubber.Scrub("code DE00370400440532013000"));

    [Theory]
    [InlineData("BSN 409-260-137 onbekend", "BSN [BSN] onbekend")]
    [InlineData("BSN 4092 60 137 onbekend", "BSN [BSN] onbekend")]
    [InlineData("BSN ４０９２６０１３７ onbekend", "BSN [BSN] onbekend")]
    [InlineData("BSN ٤٠٩٢٦٠١٣٧ onbekend", "BSN [BSN] onbekend")]
    [InlineData("IBAN NL91-ABNA-0417-1643-00 ongeldig", "IBAN [IBAN] ongeldig")]
    [InlineData("IBAN ＮＬ９１ＡＢＮＡ０４１７１６４３００ ongeldig", "IBAN [IBAN] ongeldig")]
    [InlineData("rekening DE89-3704-0044-0532-0130-00", "rekening [IBAN]")]
    [InlineData("Verzuim wegens burn out niet doorgegeven", "Verzuim wegens [medisch] niet doorgegeven")]
    public void Separated_and_look_alike_forms_are_masked_too(string text, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));

    [Theory]
    [InlineData("Berrefnr 01a24e194c447a4f93783c995041714c dubbel")]
    [InlineData("Record 40926013-7abc-4def-8123-0123456789ab afgekeurd")]
    [InlineData("bel +31 6 1234 5678 of 06-12345678")]
    [InlineData("datum 2026-12-07 om 07:00:00, 10.000 regels")]
    public void Ids_phone_numbers_dates_and_counts_are_not_taken_for_a_bsn(string text) =>
        Assert.Equal(text, PersonalDataScrubber.Scrub(text));

    [Theory]
    [InlineData("Verzuim wegens burn-out niet doorgegeven", "Verzuim wegens [medisch] niet doorgegeven")]
    [InlineData("Zwangerschapsverlof overlapt", "[medisch] overlapt")]
    [InlineData("Opname in ziekenhuis niet toegestaan", "Opname in [medisch] niet toegestaan")]
    [InlineData("Element 'Diagnose' heeft ongeldige waarde 'ziekte van Pfeiffer'", "Element '[medisch]' heeft ongeldige waarde '[medisch]'")]
    public void Medical_content_is_masked(string text, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));

    [Fact]
    public void Null_and_empty_stay_as_they_are()
    {
        Assert.Null(PersonalDataScrubber.Scrub(null));
        Assert.Equal("", PersonalDataScrubber.Scrub(""));
        Assert.False(PersonalDataScrubber.ContainsPersonalData(null));
    }

    [Fact]
    public void Contains_personal_data_tells_whether_scrubbing_changes_anything()
    {
        Assert.True(PersonalDataScrubber.ContainsPersonalData("BSN 123456782"));
        Assert.False(PersonalDataScrubber.ContainsPersonalData("Sleutel 42 afgekeurd"));
    }

    [Theory]
    [InlineData("werknemer 123456782 onbekend", "werknemer [BSN] onbekend")]
    [InlineData("volgnummer 123456789 is geen bsn", "volgnummer 123456789 is geen bsn")]
    [InlineData("rekening NL91ABNA0417164300 en NL91 ABNA 0417 1643 00", "rekening [IBAN] en [IBAN]")]
    [InlineData("The value 'kanker' is invalid", "The value '…' is invalid")]
    [InlineData("literal 'x' en Value 'y'", "literal '…' en Value '…'")]
    [InlineData("De waarde '123456782' is ongeldig", "De waarde '…' is ongeldig")]
    [InlineData("The 'SofiNr' element", "The 'SofiNr' element")]
    public void Values_quoted_by_schema_and_parser_messages_are_cut_out(string text, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));

    [Fact]
    public void Parser_texts_lose_every_quoted_run_and_long_texts_are_cut()
    {
        Assert.Equal("'…' is an unexpected token on line 3", PersonalDataScrubber.ScrubAllQuoted("'diagnose: griep' is an unexpected token on line 3"));
        var cut = PersonalDataScrubber.Scrub(new string('a', 600), 512);
        Assert.Equal(512, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.Equal("kort", PersonalDataScrubber.Scrub("kort", 512));
    }
}
