namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Makes a value that breaks one chosen facet of a <see cref="ValueRule"/> while keeping the others, so that a
/// schema lacking exactly that facet accepts it. Where the facets overlap (a too long code also leaves the code list)
/// the candidate violating the fewest facets wins.
/// </summary>
internal static class InvalidValueFactory
{
    private static readonly string Probes = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-_é";
    private static readonly int LengthAttempts = 16;

    /// <summary>The facet a value mutation of <paramref name="kind"/> breaks on <paramref name="rule"/>, if any.</summary>
    public static FacetKind? Target(MutationKind kind, ValueRule rule)
    {
        var isString = rule.Kind == ValueKind.String;
        return kind switch
        {
            MutationKind.TooLong when isString && rule.Length is not null => FacetKind.Length,
            MutationKind.TooLong when isString && rule.MaxLength is not null => FacetKind.MaxLength,
            MutationKind.TooShort when isString && rule.Length > 1 => FacetKind.Length,
            MutationKind.TooShort when isString && rule.MinLength > 1 => FacetKind.MinLength,
            MutationKind.EmptyValue when isString && rule.Length >= 1 => FacetKind.Length,
            MutationKind.EmptyValue when isString && rule.MinLength >= 1 => FacetKind.MinLength,
            MutationKind.PatternViolation when rule.PatternGroups.Count > 0 => FacetKind.Pattern,
            MutationKind.EnumerationViolation when rule.Enumeration.Count > 0 => FacetKind.Enumeration,
            MutationKind.InvalidDate when rule.Kind == ValueKind.Date => FacetKind.Lexical,
            MutationKind.InvalidTime when rule.Kind == ValueKind.Time => FacetKind.Lexical,
            MutationKind.TooManyDigits when rule.TotalDigits is not null => FacetKind.TotalDigits,
            _ => null,
        };
    }

    /// <summary>The best invalid value, or null when no candidate breaks the targeted facet.</summary>
    public static InvalidValue? Create(MutationKind kind, ValueRule rule, string validValue, Random random)
    {
        if (Target(kind, rule) is not { } target)
        {
            return null;
        }
        InvalidValue? best = null;
        foreach (var candidate in Candidates(kind, target, rule, validValue, random))
        {
            if (rule.Accepts(candidate))
            {
                continue;
            }
            var violated = rule.Violations(candidate);
            if (violated.Contains(target) && (best is null || violated.Count < best.Violated.Count))
            {
                best = new InvalidValue(candidate, violated);
                if (violated.Count == 1)
                {
                    break;
                }
            }
        }
        return best;
    }

    private static IEnumerable<string> Candidates(MutationKind kind, FacetKind target, ValueRule rule, string valid, Random random) =>
        kind switch
        {
            MutationKind.TooLong => OfLength((rule.Length ?? rule.MaxLength!.Value) + 1, rule, valid, random),
            MutationKind.TooShort => OfLength((target == FacetKind.Length ? rule.Length!.Value : rule.MinLength!.Value) - 1, rule, valid, random),
            MutationKind.EmptyValue => [""],
            MutationKind.PatternViolation => SingleEdits(valid),
            MutationKind.EnumerationViolation => rule.Enumeration.SelectMany(SingleEdits),
            MutationKind.InvalidDate => ["2023-02-30", "2023-13-01", "2023-04-31"],
            MutationKind.InvalidTime => ["25:00:00", "12:60:00", "12:00:61"],
            MutationKind.TooManyDigits => TooManyDigits(rule),
            _ => [],
        };

    private static IEnumerable<string> OfLength(int length, ValueRule rule, string valid, Random random)
    {
        if (valid.Length > length)
        {
            yield return valid[..length];
        }
        foreach (var probe in valid.Length == length - 1 ? Probes : "")
        {
            yield return valid + probe;
        }
        for (var attempt = 0; attempt < LengthAttempts; attempt++)
        {
            var shaped = ValueFactory.Text(rule, length, random);
            yield return ValueRule.CodePoints(shaped) == length ? shaped : new string('X', length);
        }
    }

    /// <summary>Replacements, deletions and insertions of one character at the start, middle and end.</summary>
    private static IEnumerable<string> SingleEdits(string value)
    {
        var positions = new SortedSet<int> { 0, value.Length / 2, Math.Max(0, value.Length - 1) };
        foreach (var position in positions.Where(p => p < value.Length))
        {
            foreach (var probe in Probes)
            {
                yield return value[..position] + probe + value[(position + 1)..];
            }
            yield return value.Remove(position, 1);
        }
        foreach (var position in positions.Append(value.Length).Distinct())
        {
            foreach (var probe in Probes)
            {
                yield return value.Insert(position, probe.ToString());
            }
        }
    }

    /// <summary>Numbers with totalDigits + 1 significant digits, split every possible way around the point.</summary>
    private static IEnumerable<string> TooManyDigits(ValueRule rule)
    {
        var digits = rule.TotalDigits!.Value + 1;
        var maxFraction = rule.Kind == ValueKind.Integer ? 0 : Math.Min(rule.FractionDigits ?? digits - 1, digits - 1);
        for (var fraction = maxFraction; fraction >= 0; fraction--)
        {
            var integer = new string('9', digits - fraction);
            yield return fraction == 0 ? integer : integer + "." + new string('9', fraction);
        }
    }
}

