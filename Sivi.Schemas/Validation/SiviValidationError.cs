namespace Sivi.Schemas.Validation;

/// <summary>One problem in a document.</summary>
/// <param name="Line">1-based line, or 0 when the problem has no position.</param>
/// <param name="Column">1-based column, or 0 when the problem has no position.</param>
/// <param name="Path">Element path such as <c>/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[2]/Gebdat</c>; null when there is none.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Kind">What kind of problem this is.</param>
public sealed record SiviValidationError(int Line, int Column, string? Path, string Message, ValidationErrorKind Kind)
{
    public override string ToString() => $"{Line}:{Column} {Path} {Message}";
}
