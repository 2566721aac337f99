using System.Globalization;
using System.Xml.Linq;

namespace Sivi.Conformance.Tests.RoundTrip;

/// <summary>
/// Compares two SIVI documents by content: element names and order, and leaf values, where numbers compare by value
/// (the writer pads decimals to the type's fraction digits, <c>1.5</c> and <c>1.50</c> are the same amount).
/// Returns the first difference as an element path, or null when the documents carry the same facts.
/// </summary>
internal static class XmlValueComparer
{
    public static string? FirstDifference(XElement expected, XElement actual) => Compare(expected, actual, "/" + expected.Name.LocalName);

    private static string? Compare(XElement expected, XElement actual, string path)
    {
        if (expected.Name != actual.Name)
        {
            return $"{path}: expected element {expected.Name}, got {actual.Name}";
        }
        var expectedChildren = expected.Elements().ToList();
        var actualChildren = actual.Elements().ToList();
        if (expectedChildren.Count == 0 && actualChildren.Count == 0)
        {
            return SameValue(expected.Value, actual.Value) ? null : $"{path}: expected value '{expected.Value}', got '{actual.Value}'";
        }
        for (var i = 0; i < Math.Max(expectedChildren.Count, actualChildren.Count); i++)
        {
            if (i >= expectedChildren.Count)
            {
                return $"{path}: unexpected extra element {actualChildren[i].Name.LocalName}";
            }
            if (i >= actualChildren.Count)
            {
                return $"{path}: element {expectedChildren[i].Name.LocalName} was lost";
            }
            var difference = Compare(expectedChildren[i], actualChildren[i], $"{path}/{expectedChildren[i].Name.LocalName}[{i}]");
            if (difference is not null)
            {
                return difference;
            }
        }
        return null;
    }

    private static bool SameValue(string expected, string actual)
    {
        if (expected == actual)
        {
            return true;
        }
        return decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var b)
            && a == b;
    }
}
