using System.Globalization;
using System.Xml.Linq;
using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Support;

/// <summary>
/// Checks a valid corpus against the generator's coverage promise, reading only the documents: every code list value,
/// every optional element both present and absent (under a present parent), every repeatable element at its maximum,
/// and every bounded value at its maximum length or digit count. Returns what is not covered.
/// </summary>
internal static class CorpusCoverage
{
    public static IReadOnlyList<string> Gaps(ElementModel root, IReadOnlyList<XDocument> documents, CorpusOptions options)
    {
        var seen = new Observations();
        foreach (var document in documents.Where(d => d.Root?.Name == root.Name))
        {
            Observe(root, [document.Root!], seen);
        }
        var gaps = new List<string>();
        foreach (var element in root.DescendantsAndSelf())
        {
            if (!seen.GroupSizes.TryGetValue(element.Path, out var groupSizes))
            {
                gaps.Add($"{element.Path}: never present");
                continue;
            }
            if (element.IsOptional && !seen.AbsentUnderParent.Contains(element.Path))
            {
                gaps.Add($"{element.Path}: never absent under a present parent");
            }
            var most = element.MaxOccurs ?? options.UnboundedOccurs;
            if (element.IsRepeatable && !groupSizes.Contains(most))
            {
                gaps.Add($"{element.Path}: never at {most.ToString(CultureInfo.InvariantCulture)} occurrences");
            }
            if (element.Value is { } rule)
            {
                gaps.AddRange(ValueGaps(element.Path, rule, seen.Values[element.Path]));
            }
        }
        return gaps;
    }

    /// <summary>Records one group of same-named siblings (<paramref name="instances"/>) declared by <paramref name="model"/>.</summary>
    private static void Observe(ElementModel model, List<XElement> instances, Observations seen)
    {
        Add(seen.GroupSizes, model.Path, instances.Count);
        foreach (var instance in instances)
        {
            if (model.Value is not null)
            {
                Add(seen.Values, model.Path, instance.Value);
                continue;
            }
            foreach (var child in model.Children)
            {
                var group = instance.Elements(child.Name).ToList();
                if (group.Count == 0)
                {
                    seen.AbsentUnderParent.Add(child.Path);
                }
                else
                {
                    Observe(child, group, seen);
                }
            }
        }
    }

    private static void Add<T>(Dictionary<string, HashSet<T>> sets, string path, T item)
    {
        if (!sets.TryGetValue(path, out var set))
        {
            sets[path] = set = [];
        }
        set.Add(item);
    }

    private static IEnumerable<string> ValueGaps(string path, ValueRule rule, HashSet<string> values)
    {
        foreach (var code in rule.Enumeration.Where(code => !values.Contains(code)))
        {
            yield return $"{path}: code '{code}' never used";
        }
        if (rule.Enumeration.Count > 0)
        {
            yield break;
        }
        if (rule.Kind == ValueKind.String && (rule.Length ?? rule.MaxLength) is { } declared)
        {
            var longest = Math.Min(declared, rule.Template?.MaxLength ?? int.MaxValue);
            if (!values.Any(v => ValueRule.CodePoints(v) == longest))
            {
                yield return $"{path}: no value at the maximum length {longest}";
            }
        }
        if (rule.IsNumeric && rule.TotalDigits is { } digits && !values.Any(v => ValueRule.Digits(v).Total == digits))
        {
            yield return $"{path}: no value with {digits} digits";
        }
    }

    private sealed class Observations
    {
        /// <summary>Per path, the sizes of the sibling groups seen (a present element's group has at least one).</summary>
        public Dictionary<string, HashSet<int>> GroupSizes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> Values { get; } = new(StringComparer.Ordinal);

        /// <summary>Paths seen absent under a present parent.</summary>
        public HashSet<string> AbsentUnderParent { get; } = new(StringComparer.Ordinal);
    }
}
