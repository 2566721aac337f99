namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// A known way in which libxml2 (the reference implementation of the datatype suite) departs from XML Schema 1.0, with
/// the clause it breaks. It explains a case libxml2 refuses and the gateway accepts when <see cref="Matches"/> holds
/// and libxml2 accepts the <see cref="Control"/> value in the same place; every deviation must be observed at least
/// once, so the list stays true.
/// </summary>
/// <param name="Matches">True for the case (and its parsed element value) this deviation is about.</param>
/// <param name="Control">The value, as element content, that libxml2 must accept for the explanation to hold.</param>
internal sealed record LibxmlDeviation(string Name, string Clause, Func<DatatypeCase, string, bool> Matches, Func<string, string> Control);
