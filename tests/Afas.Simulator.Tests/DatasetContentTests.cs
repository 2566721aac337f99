using Afas.Simulator.Data;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Tests;

public class DatasetContentTests
{
    private static readonly SimDataset Dataset = new(21, 3000, new DateOnly(2025, 6, 2));
    private static readonly ConnectorCatalog Catalog = new(Dataset);

    [Fact]
    public void Bsns_pass_the_11_proef_and_are_unique()
    {
        var bsns = Column(ConnectorIds.MedewerkerGegevens, "BSN").Cast<string>().Distinct().ToList();
        Assert.Equal(3000, bsns.Count);
        Assert.All(bsns, bsn => Assert.True(BsnGenerator.IsValid(bsn), bsn));
        Assert.False(BsnGenerator.IsValid("123456789"));
        Assert.True(BsnGenerator.IsValid("111222333"));
    }

    [Fact]
    public void Ibans_have_valid_check_digits_and_some_are_foreign_or_without_bic()
    {
        var rows = Rows(ConnectorIds.MedewerkerIban);
        Assert.All(rows, r => Assert.True(IbanGenerator.IsValid((string)r[0]!), (string)r[0]!));
        Assert.Contains(rows, r => ((string)r[0]!).StartsWith("BE", StringComparison.Ordinal));
        Assert.Contains(rows, r => ((string)r[0]!).StartsWith("DE", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[1] is null);
        Assert.All(rows.Where(r => r[1] is not null), r => Assert.Equal(11, ((string)r[1]!).Length));
        Assert.True(IbanGenerator.IsValid("NL91ABNA0417164300"));
        Assert.False(IbanGenerator.IsValid("NL92ABNA0417164300"));
    }

    [Fact]
    public void Addresses_vary_like_real_ones()
    {
        var postcodes = Column(ConnectorIds.MedewerkerGegevens, "Postcode").OfType<string>().ToList();
        Assert.Contains(postcodes, p => p.Length == 6 && char.IsAsciiLetterUpper(p[5]));
        Assert.Contains(postcodes, p => p.Length == 7 && p[4] == ' ');
        Assert.Contains(postcodes, p => p.Length == 6 && char.IsAsciiLetterLower(p[5]));
        Assert.Contains(postcodes, p => p.Length == 0);
        Assert.Contains(Column(ConnectorIds.MedewerkerGegevens, "Land"), l => (string?)l is "BE" or "DE");
        Assert.Contains(Column(ConnectorIds.MedewerkerGegevens, "Huisnummer_toevoeging"), a => (string?)a == "a");
    }

    [Fact]
    public void Names_have_prefixes_partner_names_and_every_name_usage()
    {
        Assert.Contains(Column(ConnectorIds.MedewerkerGegevens, "Voorvoegsel"), p => (string?)p == "van der");
        Assert.Contains(Column(ConnectorIds.MedewerkerGegevens, "Geb.naam_partner"), p => p is not null);
        Assert.Equal(DutchNames.NameUsages.Order(StringComparer.Ordinal),
            Column(ConnectorIds.MedewerkerGegevens, "Voorkeurshantering").Cast<string>().Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Some_employees_have_several_employments_and_contracts_with_decimal_hours()
    {
        var rows = Rows(ConnectorIds.MedewerkerGegevens);
        Assert.Contains(rows, r => (int)r[24]! >= 2);
        var perEmployee = rows.GroupBy(r => (string)r[1]!).ToList();
        Assert.Contains(perEmployee, g => g.Select(r => r[24]).Distinct().Count() >= 2);
        Assert.Contains(perEmployee, g => g.Select(r => r[25]).Distinct().Count() >= 2 && g.Select(r => r[24]).Distinct().Count() == 1);
        Assert.Contains(rows, r => decimal.Truncate((decimal)r[35]!) != (decimal)r[35]!);
        Assert.Contains(rows, r => (decimal)r[36]! == 24.5m);
    }

    [Fact]
    public void The_organigram_is_a_tree_with_levels_and_ended_units()
    {
        var rows = Rows(ConnectorIds.Organigram);
        var codes = rows.Select(r => (string)r[2]!).ToHashSet();
        Assert.All(rows.Where(r => r[5] is not null), r => Assert.Contains((string)r[5]!, codes));
        Assert.True(rows.Max(r => int.Parse((string)r[4]!, System.Globalization.CultureInfo.InvariantCulture)) >= 3);
        Assert.Contains(rows, r => (string)r[2]! == "Z_Hist" && r[1] is not null);
    }

    [Fact]
    public void Absences_cover_their_whole_course()
    {
        var rows = Rows(ConnectorIds.Verzuim);
        var types = rows.Select(r => (string)r[4]!).ToHashSet();
        Assert.Equal(["Z", "ZB", "ZZ"], types.Order(StringComparer.Ordinal));
        Assert.All(rows.Where(r => (string)r[4]! == "ZB"), r => Assert.NotNull(r[12]));
        Assert.Contains(rows, r => (string)r[4]! == "ZB" && r[13] is not null);
        Assert.Contains(rows, r => (int)r[19]! is > 0 and < 100);
        Assert.Contains(rows, r => (bool)r[34]! && (string?)r[7] == "NR");
        Assert.Contains(rows, r => r[20] is not null);
        Assert.Contains(rows, r => (string?)r[17] == "UDV");
        Assert.Contains(rows, r => r[11] is null);
        Assert.Contains(rows, r => (DateOnly)r[10]! < (DateOnly)r[5]!);

        var scripts = Enumerable.Range(0, 3000)
            .SelectMany(i => Dataset.Absences.Build(Dataset.Employees.Create(i), Dataset.DateOf(0))).ToList();
        Assert.Contains(scripts, c => c.DeletedOn is not null);
        Assert.Contains(scripts, c => c.WrongBegin is not null);
        Assert.Contains(scripts, c => c.Closures.Any(x => x.Reopens));
    }

    [Fact]
    public void Rows_come_in_strict_key_order()
    {
        foreach (var table in Catalog.Tables)
        {
            var keys = table.KeyFields.Select(k => { table.TryGetFieldIndex(k, out var i); return i; }).ToArray();
            var rows = Rows(table.ConnectorId);
            for (var n = 1; n < rows.Count; n++)
            {
                var compared = 0;
                foreach (var k in keys)
                {
                    compared = Query.FieldValues.Compare(rows[n - 1][k], rows[n][k]);
                    if (compared != 0)
                    {
                        break;
                    }
                }
                Assert.True(compared < 0, $"{table.ConnectorId} row {n}");
            }
        }
    }

    private static List<object?[]> Rows(string connectorId)
    {
        Catalog.TryGet(connectorId, out var table);
        var rows = new List<object?[]>();
        for (var g = 0; g < table.GroupCount(0); g++)
        {
            table.AddRows(g, 0, rows);
        }
        return rows;
    }

    private static List<object?> Column(string connectorId, string field)
    {
        Catalog.TryGet(connectorId, out var table);
        table.TryGetFieldIndex(field, out var index);
        return Rows(connectorId).Select(r => r[index]).ToList();
    }
}
