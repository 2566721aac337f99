using System.Text.Json;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;

namespace Gateway.Afas.Tests.Client;

public class AfasRowFieldsTests
{
    [Fact]
    public void Null_and_missing_read_as_null_and_empty_text_stays_empty()
    {
        var fields = Fields("""{"Straatnaam":"","Huisnummer_toevoeging":null,"Huisnummer":"","Datum_start_dvb":"","FTE":null}""");

        Assert.Equal("", fields.Text("Straatnaam"));
        Assert.Null(fields.Text("Huisnummer_toevoeging"));
        Assert.Null(fields.Text("Postcode"));
        Assert.Null(fields.Integer("Huisnummer"));
        Assert.Null(fields.Date("Datum_start_dvb"));
        Assert.Null(fields.Decimal("FTE"));
        Assert.Empty(fields.Problems);
    }

    [Fact]
    public void Numbers_arrive_as_numbers_or_as_strings()
    {
        var fields = Fields("""{"Laag":"7","Huisnummer":40,"FTE":0.9,"Uren":"36,5","Id":" 12 ","Meerling":0,"Vangnet":"true","Code":1}""");

        Assert.Equal(7, fields.Integer("Laag"));
        Assert.Equal(40, fields.Integer("Huisnummer"));
        Assert.Equal(0.9m, fields.Decimal("FTE"));
        Assert.Equal(36.5m, fields.Decimal("Uren"));
        Assert.Equal(12, fields.Integer("Id"));
        Assert.False(fields.Boolean("Meerling"));
        Assert.True(fields.Boolean("Vangnet"));
        Assert.Equal("1", fields.Text("Code"));
        Assert.Empty(fields.Problems);
    }

    [Fact]
    public void Unfit_values_are_problems_that_name_the_field_but_not_the_value()
    {
        var fields = Fields("""{"Huisnummer":"12a","FTE":"veel","Begin":"gisteren","Dienstverbandnummer":1.5,"GUID":"  ","BSN":{"x":"123456782"}}""");

        Assert.Null(fields.Integer("Huisnummer"));
        Assert.Null(fields.Decimal("FTE"));
        Assert.Null(fields.Date("Begin"));
        Assert.Equal(0, fields.RequiredInteger("Dienstverbandnummer"));
        Assert.Equal("", fields.RequiredText("GUID"));
        Assert.Null(fields.Text("BSN"));

        Assert.Equal(["Huisnummer", "FTE", "Begin", "Dienstverbandnummer", "GUID", "BSN"], fields.Problems.Select(p => p.Field));
        var reasons = string.Join(' ', fields.Problems.Select(p => p.Reason));
        Assert.DoesNotContain("12a", reasons, StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_are_ignored_and_a_row_reads_in_any_field_order()
    {
        var fields = Fields("""{"Nieuw_veld":[1,2],"GUID":"{A}","IBAN-nummer":"NL91ABNA0417164300","BIC-code":null}""");

        var row = MedewerkerIbanRow.Read(fields);

        Assert.Empty(fields.Problems);
        Assert.Equal("{A}", row.GUID);
        Assert.Equal("NL91ABNA0417164300", row.IBAN_nummer);
        Assert.Null(row.BIC_code);
        Assert.Equal(new AfasRecordKey("{A}"), row.Key);
        Assert.DoesNotContain("NL91", row.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Record_keys_join_their_parts_and_escape_the_separator()
    {
        Assert.Equal("{G}|1|2", AfasRecordKey.Of("{G}", "1", "2").Value);
        Assert.NotEqual(AfasRecordKey.Of("a|b", "c"), AfasRecordKey.Of("a", "b|c"));
    }

    [Fact]
    public void The_stable_order_appends_missing_key_fields()
    {
        var query = AfasQuery.For<VerzuimRow>().OrderedBy(new AfasOrder(VerzuimFields.Begin, Descending: true), new AfasOrder(VerzuimFields.Guid_verzuimmelding));

        Assert.Equal(["-Begin", "Guid_verzuimmelding", "GUID_verzuimverloop"], query.StableOrder().Select(o => o.ToParameter()));
    }

    private static AfasRowFields Fields(string json)
    {
        var fields = new AfasRowFields();
        // the element stays valid while the document lives; the test documents are small and left to the GC
        fields.Load(JsonDocument.Parse(json).RootElement);
        return fields;
    }
}
