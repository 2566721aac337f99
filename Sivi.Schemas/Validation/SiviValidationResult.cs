using Sivi.Schemas.Registry;

namespace Sivi.Schemas.Validation;

/// <summary>The verdict on one document.</summary>
/// <param name="DisplayName">Name the caller gave the document (usually its path).</param>
/// <param name="MessageType">The recognised type, or null when the document was not recognised.</param>
/// <param name="Release">The recognised release, or the requested one when the document was not recognised.</param>
/// <param name="Errors">Every problem found, in document order; empty when the document is valid.</param>
public sealed record SiviValidationResult(
    string DisplayName,
    SiviMessageType? MessageType,
    string? Release,
    IReadOnlyList<SiviValidationError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
