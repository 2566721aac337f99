namespace Sivi.Schemas.Validation;

/// <summary>
/// Hears a document's elements and texts while a writer writes them, each with the line and column a reader of the
/// written bytes would report for it, so the document can be checked without parsing it back.
/// </summary>
public interface IDocumentWriteListener
{
    /// <summary>A start tag; <paramref name="column"/> is that of the name's first character.</summary>
    void StartElement(string localName, string namespaceUri, int line, int column);

    /// <summary>An element's text as a reader gets it back (line ends as "\n"); never called for an empty text.</summary>
    void Text(string value, int line, int column);

    /// <summary>The innermost open element ends.</summary>
    void EndElement();

    /// <summary>The document is complete; nothing follows.</summary>
    void EndDocument(int line, int column);
}
