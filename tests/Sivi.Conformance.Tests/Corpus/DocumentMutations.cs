using System.Globalization;
using System.Xml.Linq;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>Applies one mutation to a document in place and describes what it changed.</summary>
internal static class DocumentMutations
{
    private static readonly string UnknownName = "OnbekendElement";

    /// <returns>A description of the change, or null when the document offers nothing to mutate that way.</returns>
    public static string? Apply(XDocument document, ElementModel target, MutationKind kind, Random random, MutationOptions options)
    {
        var first = DocumentPaths.FindFirst(document, target.Path);
        if (first is null)
        {
            return null;
        }
        var group = first.Parent?.Elements(first.Name).ToList() ?? [first];
        return kind switch
        {
            MutationKind.MissingRequired => RemoveOne(group, target),
            MutationKind.TooManyOccurrences => AddOneTooMany(group, target),
            MutationKind.WrongOrder => Swap(first),
            MutationKind.UnknownElement => AddUnknown(first, target),
            MutationKind.WrongNamespace => MoveNamespace(document, options.ForeignNamespace),
            _ => ReplaceValue(first, target, kind, random),
        };
    }

    private static string? RemoveOne(List<XElement> group, ElementModel target)
    {
        var surplus = group.Count - (target.MinOccurs - 1);
        if (target.MinOccurs < 1 || surplus <= 0)
        {
            return null;
        }
        foreach (var element in group.TakeLast(surplus))
        {
            element.Remove();
        }
        return Invariant($"{target.MinOccurs - 1} of minOccurs {target.MinOccurs} left (removed {surplus})");
    }

    private static string? AddOneTooMany(List<XElement> group, ElementModel target)
    {
        if (target.MaxOccurs is not { } max)
        {
            return null;
        }
        var last = group[^1];
        var copies = new List<XElement>();
        for (var count = group.Count; count <= max; count++)
        {
            copies.Add(new XElement(last));
        }
        last.AddAfterSelf(copies);
        return Invariant($"{max + 1} occurrences, maxOccurs {max}");
    }

    private static string? Swap(XElement element)
    {
        if (element.ElementsAfterSelf().FirstOrDefault(e => e.Name != element.Name) is { } next)
        {
            next.Remove();
            element.AddBeforeSelf(next);
            return $"<{next.Name.LocalName}> moved before <{element.Name.LocalName}>";
        }
        if (element.ElementsBeforeSelf().LastOrDefault(e => e.Name != element.Name) is { } previous)
        {
            element.Remove();
            previous.AddBeforeSelf(element);
            return $"<{element.Name.LocalName}> moved before <{previous.Name.LocalName}>";
        }
        return null;
    }

    private static string AddUnknown(XElement element, ElementModel target)
    {
        var localName = UnknownName;
        for (var n = 2; target.Children.Any(c => c.Name.LocalName == localName); n++)
        {
            localName = UnknownName + n.ToString(CultureInfo.InvariantCulture);
        }
        element.Add(new XElement(target.Name.Namespace + localName, "x"));
        return $"undeclared <{localName}> appended";
    }

    private static string? MoveNamespace(XDocument document, string? foreign)
    {
        var root = document.Root!;
        var own = root.Name.Namespace;
        if (foreign is null || string.Equals(foreign, own.NamespaceName, StringComparison.Ordinal))
        {
            return null;
        }
        XNamespace target = foreign;
        foreach (var element in root.DescendantsAndSelf())
        {
            element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == own.NamespaceName).Remove();
            if (element.Name.Namespace == own)
            {
                element.Name = target + element.Name.LocalName;
            }
        }
        return $"namespace {own.NamespaceName} replaced by {foreign}";
    }

    private static string? ReplaceValue(XElement element, ElementModel target, MutationKind kind, Random random)
    {
        if (target.Value is not { } rule || InvalidValueFactory.Create(kind, rule, element.Value, random) is not { } invalid)
        {
            return null;
        }
        element.Value = invalid.Value;
        var shown = invalid.Value.Length > 40 ? invalid.Value[..37] + "..." : invalid.Value;
        return Invariant($"value '{shown}' (length {ValueRule.CodePoints(invalid.Value)}) breaks {string.Join("+", invalid.Violated.Order())}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
