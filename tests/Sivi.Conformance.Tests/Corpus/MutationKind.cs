namespace Sivi.Conformance.Tests.Corpus;

/// <summary>One way of turning a valid message into an invalid one; each invalid document applies exactly one.</summary>
public enum MutationKind
{
    /// <summary>A required element occurs once fewer than minOccurs (removed when minOccurs is 1).</summary>
    MissingRequired,

    /// <summary>An element occurs maxOccurs + 1 times.</summary>
    TooManyOccurrences,

    /// <summary>An element swapped with a sibling of another name.</summary>
    WrongOrder,

    /// <summary>A value one character longer than maxLength, or than a fixed length.</summary>
    TooLong,

    /// <summary>A value one character shorter than a fixed length or a minLength above 1.</summary>
    TooShort,

    /// <summary>A value of allowed length that does not match the pattern.</summary>
    PatternViolation,

    /// <summary>A value outside the code list, otherwise shaped like its values.</summary>
    EnumerationViolation,

    /// <summary>A date-shaped value that is no calendar date (e.g. 30 February).</summary>
    InvalidDate,

    /// <summary>A time-shaped value that is no time of day (e.g. 25:00:00).</summary>
    InvalidTime,

    /// <summary>A number with one digit more than totalDigits allows.</summary>
    TooManyDigits,

    /// <summary>An element the schema does not declare, added as the last child of a complex element.</summary>
    UnknownElement,

    /// <summary>The whole document moved into another release's namespace.</summary>
    WrongNamespace,

    /// <summary>An empty value where minLength (or length) is at least 1.</summary>
    EmptyValue,
}
