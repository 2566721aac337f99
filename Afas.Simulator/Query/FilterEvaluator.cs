namespace Afas.Simulator.Query;

/// <summary>
/// Evaluates AFAS filters on a row. Null (and "" for text) counts as empty; a null value never matches a comparison
/// (1-5) or a positive text test (6, 10, 13) but does match the negations (7, 11, 12, 14).
/// </summary>
internal static class FilterEvaluator
{
    public static bool Matches(object?[] row, IReadOnlyList<FilterCondition> filters)
    {
        foreach (var filter in filters)
        {
            if (!Matches(row[filter.FieldIndex], filter))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Matches(object? value, FilterCondition filter)
    {
        var isEmpty = value is null || (value is string s && s.Length == 0);
        switch (filter.Operator)
        {
            case FilterOperator.Empty:
                return isEmpty;
            case FilterOperator.NotEmpty:
                return !isEmpty;
            case FilterOperator.NotEqual:
                return value is null || FieldValues.Compare(value, filter.Value) != 0;
            case FilterOperator.NotContains:
            case FilterOperator.NotStartsWith:
            case FilterOperator.NotEndsWith:
                return value is null || !TextTest(value, filter);
            default:
                break;
        }
        if (value is null)
        {
            return false;
        }
        return filter.Operator switch
        {
            FilterOperator.Equal => FieldValues.Compare(value, filter.Value) == 0,
            FilterOperator.GreaterOrEqual => FieldValues.Compare(value, filter.Value) >= 0,
            FilterOperator.LessOrEqual => FieldValues.Compare(value, filter.Value) <= 0,
            FilterOperator.Greater => FieldValues.Compare(value, filter.Value) > 0,
            FilterOperator.Less => FieldValues.Compare(value, filter.Value) < 0,
            _ => TextTest(value, filter),
        };
    }

    private static bool TextTest(object value, FilterCondition filter)
    {
        var text = FieldValues.Text(value);
        return filter.Operator switch
        {
            FilterOperator.Contains or FilterOperator.NotContains => text.Contains(filter.RawValue, StringComparison.OrdinalIgnoreCase),
            FilterOperator.StartsWith or FilterOperator.NotStartsWith => text.StartsWith(filter.RawValue, StringComparison.OrdinalIgnoreCase),
            _ => text.EndsWith(filter.RawValue, StringComparison.OrdinalIgnoreCase),
        };
    }
}
