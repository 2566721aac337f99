using System.Globalization;
using Afas.Simulator.Tables;
using Microsoft.AspNetCore.Http;

namespace Afas.Simulator.Query;

/// <summary>Reads skip, take, orderbyfieldids and the filter triple from a request's query string.</summary>
internal static class QueryParser
{
    /// <summary>AFAS's default page when take is absent.</summary>
    public const int DefaultTake = 100;

    public static bool TryParse(IQueryCollection query, SimTable table, out ConnectorQuery parsed, out string error)
    {
        parsed = new ConnectorQuery(0, DefaultTake, [], []);
        error = "";
        if (!TryInt(query, "skip", 0, out var skip) || skip < 0)
        {
            error = "De parameter skip is ongeldig.";
            return false;
        }
        if (!TryInt(query, "take", DefaultTake, out var take) || take is 0 or < -1)
        {
            error = "De parameter take is ongeldig.";
            return false;
        }
        var order = new List<SortField>();
        foreach (var item in Split(query["orderbyfieldids"]))
        {
            var descending = item.StartsWith('-');
            var name = descending ? item[1..] : item;
            if (!table.TryGetFieldIndex(name, out var index))
            {
                error = $"Het veld '{name}' in orderbyfieldids bestaat niet in deze GetConnector.";
                return false;
            }
            order.Add(new SortField(index, descending));
        }
        if (!TryFilters(query, table, out var filters, out error))
        {
            return false;
        }
        parsed = new ConnectorQuery(skip, take, order, filters);
        return true;
    }

    private static bool TryFilters(IQueryCollection query, SimTable table, out List<FilterCondition> filters, out string error)
    {
        filters = [];
        error = "";
        var fieldsText = query["filterfieldids"].ToString();
        if (fieldsText.Length == 0)
        {
            return true;
        }
        if (fieldsText.Contains(';', StringComparison.Ordinal))
        {
            error = "OF-filters (;) worden door de simulator niet ondersteund.";
            return false;
        }
        var fields = fieldsText.Split(',');
        var values = query["filtervalues"].ToString().Split(',');
        var operators = query["operatortypes"].ToString().Split(',');
        if (values.Length != fields.Length || operators.Length != fields.Length)
        {
            error = "Het aantal filterfieldids, filtervalues en operatortypes komt niet overeen.";
            return false;
        }
        for (var i = 0; i < fields.Length; i++)
        {
            if (!table.TryGetFieldIndex(fields[i], out var index))
            {
                error = $"Het filterveld '{fields[i]}' bestaat niet in deze GetConnector.";
                return false;
            }
            if (!int.TryParse(operators[i], NumberStyles.None, CultureInfo.InvariantCulture, out var op) || op is < 1 or > 14)
            {
                error = $"Operatortype '{operators[i]}' is ongeldig.";
                return false;
            }
            var @operator = (FilterOperator)op;
            object? value = values[i];
            var textual = @operator is FilterOperator.Empty or FilterOperator.NotEmpty or FilterOperator.Contains
                or FilterOperator.NotContains or FilterOperator.StartsWith or FilterOperator.NotStartsWith
                or FilterOperator.EndsWith or FilterOperator.NotEndsWith;
            if (!textual && !FieldValues.TryParse(table.Fields[index].Kind, values[i], out value))
            {
                error = $"De filterwaarde voor '{fields[i]}' past niet bij het veldtype.";
                return false;
            }
            filters.Add(new FilterCondition(index, @operator, values[i], value));
        }
        return true;
    }

    private static bool TryInt(IQueryCollection query, string name, int fallback, out int value)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static string[] Split(Microsoft.Extensions.Primitives.StringValues values) =>
        values.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
