namespace Sivi.Schemas.Validation;

/// <summary>What kind of problem a <see cref="SiviValidationError"/> reports.</summary>
public enum ValidationErrorKind
{
    /// <summary>The document breaks a rule of its schema; validation went on.</summary>
    Schema,

    /// <summary>The document is not well-formed XML (empty, truncated, not XML, or holds a DTD); validation stopped.</summary>
    NotWellFormed,

    /// <summary>The document exceeds a size or depth limit; validation stopped.</summary>
    Limit,

    /// <summary>The root element and namespace identify no message type in the schema directory.</summary>
    UnknownMessage,

    /// <summary>The document belongs to another release than the one requested.</summary>
    ReleaseMismatch,

    /// <summary>The schema for the document's type could not be compiled.</summary>
    SchemaUnavailable,

    /// <summary>Closing entry counting the schema errors left out past <see cref="SiviValidationOptions.MaxErrors"/>.</summary>
    Omitted,
}
