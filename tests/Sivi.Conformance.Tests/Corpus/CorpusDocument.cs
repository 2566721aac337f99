using System.Xml.Linq;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>A generated valid message.</summary>
/// <param name="Name">Unique within one schema's corpus, e.g. <c>minimal</c>, <c>full-03</c>, <c>present:Root/A/B</c>.</param>
/// <param name="Path">The element path the document exercises (the root path for whole-document variants).</param>
/// <param name="Document">The message; a fresh instance the caller may change.</param>
public sealed record CorpusDocument(string Name, string Path, XDocument Document);
