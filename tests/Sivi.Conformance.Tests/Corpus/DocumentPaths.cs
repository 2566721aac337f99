using System.Xml.Linq;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>Finds elements in a document by model path (local names separated by '/').</summary>
public static class DocumentPaths
{
    /// <summary>Every element at <paramref name="path"/>, in document order.</summary>
    public static IEnumerable<XElement> FindAll(XDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        var steps = path.Split('/');
        IEnumerable<XElement> current = document.Root is { } root && root.Name.LocalName == steps[0] ? [root] : [];
        foreach (var step in steps.Skip(1))
        {
            current = current.SelectMany(e => e.Elements().Where(c => c.Name.LocalName == step));
        }
        return current;
    }

    /// <summary>The first element at <paramref name="path"/>, or null.</summary>
    public static XElement? FindFirst(XDocument document, string path) => FindAll(document, path).FirstOrDefault();

    /// <summary>The model path of <paramref name="element"/>.</summary>
    public static string PathOf(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
    }
}
