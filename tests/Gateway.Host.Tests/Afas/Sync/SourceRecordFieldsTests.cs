using Gateway.Afas.Changes;
using Gateway.Afas.Rows;
using Gateway.Afas.Sync;

namespace Gateway.Afas.Tests.Sync;

/// <summary>Stored fields read back into the same typed row (conversion works from them), minus free text never stored.</summary>
public sealed class SourceRecordFieldsTests
{
    [Fact]
    public void A_row_survives_store_and_read_back_except_free_text()
    {
        var row = new VerzuimRow
        {
            Guid_verzuimmelding = "{A1}",
            GUID_verzuimverloop = "{B2}",
            Werkgevercode = "01",
            Dienstverbandnummer = 2,
            Begin = new DateOnly(2026, 3, 29),
            Aanwezigheidspercentage = 37.5m,
            Verloop_Gewijzigd_Op = new DateTimeOffset(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(2)),
            Meerling = true,
            Vangnetregeling = false,
            Opmerking = "vrije tekst die nooit mag worden opgeslagen",
        };

        var fields = SourceRecordFields.From(row);
        var (json, _) = RecordCanonicalizer.Canonicalize(fields);
        var back = SourceRecordFields.Read<VerzuimRow>(json);

        Assert.DoesNotContain(fields, f => f.Key == nameof(VerzuimRow.Opmerking));
        Assert.DoesNotContain("vrije tekst", json, StringComparison.Ordinal);
        Assert.Equal(row with { Opmerking = null }, back);
    }

    [Fact]
    public void Equal_rows_give_equal_hashes_and_one_changed_value_names_its_field()
    {
        var row = new MedewerkerIbanRow { GUID = "{C3}", IBAN_nummer = "NL91ABNA0417164300", BIC_code = "ABNANL2A" };
        var (json, hash) = RecordCanonicalizer.Canonicalize(SourceRecordFields.From(row));
        var (sameJson, sameHash) = RecordCanonicalizer.Canonicalize(SourceRecordFields.From(row with { }));
        var (otherJson, otherHash) = RecordCanonicalizer.Canonicalize(SourceRecordFields.From(row with { BIC_code = "RABONL2U" }));

        Assert.Equal(hash, sameHash);
        Assert.Equal(json, sameJson);
        Assert.NotEqual(hash, otherHash);
        Assert.Equal([nameof(MedewerkerIbanRow.BIC_code)], RecordCanonicalizer.ChangedFields(json, otherJson));
    }

    [Fact]
    public void A_value_that_cannot_be_read_is_stored_as_it_arrived_and_reads_back_with_the_same_problem()
    {
        var row = Read("""{"GUID":"{D4}","Dienstverbandnummer":1,"Contractnummer":"2","FTE":"veel","Huisnummer":"12a","Geboortedatum":"1-5-1962"}""");
        var (json, hash) = RecordCanonicalizer.Canonicalize(SourceRecordFields.From(row));
        var back = SourceRecordFields.Read<MedewerkerGegevensRow>(json);
        var (otherJson, otherHash) = RecordCanonicalizer.Canonicalize(SourceRecordFields.From(Read(
            """{"GUID":"{D4}","Dienstverbandnummer":1,"Contractnummer":"2","FTE":"weinig","Huisnummer":"12a","Geboortedatum":"1-5-1962"}""")));

        Assert.Equal(["Geboortedatum is not a date", "FTE is not a number"], back.Problems.Select(p => $"{p.Field} {p.Reason}"));
        Assert.Equal((null, null, "12a"), (back.FTE, back.Geboortedatum, back.Huisnummer));
        Assert.Contains("\"FTE\":\"veel\"", json, StringComparison.Ordinal);
        Assert.Equal(row.Problems, back.Problems);
        Assert.Equal(hash, RecordCanonicalizer.Canonicalize(SourceRecordFields.From(back)).Hash);
        Assert.NotEqual(hash, otherHash);
        Assert.Equal([nameof(MedewerkerGegevensRow.FTE)], RecordCanonicalizer.ChangedFields(json, otherJson));
    }

    [Fact]
    public void A_stored_record_reads_whatever_order_its_names_are_in_and_without_its_key_it_is_no_record()
    {
        var row = new MedewerkerIbanRow { GUID = "{E5}", IBAN_nummer = "NL91ABNA0417164300", BIC_code = "ABNANL2A" };

        Assert.Equal(row, SourceRecordFields.Read<MedewerkerIbanRow>("""{"IBAN_nummer":"NL91ABNA0417164300","GUID":"{E5}","BIC_code":"ABNANL2A"}"""));
        var missingKey = Assert.Throws<System.Text.Json.JsonException>(() => SourceRecordFields.Read<MedewerkerIbanRow>("""{"BIC_code":"ABNANL2A","GUID":null}"""));
        Assert.Equal("$.GUID", missingKey.Path);
    }

    private static MedewerkerGegevensRow Read(string json)
    {
        var fields = new AfasRowFields();
        fields.Load(System.Text.Json.JsonDocument.Parse(json).RootElement);
        var row = MedewerkerGegevensRow.Read(fields);
        Assert.False(fields.RejectsRow(MedewerkerGegevensRow.KeyFields));
        return row;
    }
}
