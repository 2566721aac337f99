namespace Sivi.Conformance.Tests.Detection;

/// <summary>A deliberate change to a schema of the kind a hand-written schema set could get wrong.</summary>
public enum SchemaMutantKind
{
    DropEnumerationValue,
    ShorterMaxLength,
    LongerMaxLength,
    LongerFixedLength,
    DropMinLength,
    DropPattern,
    LargerTotalDigits,
    OptionalBecomesRequired,
    RequiredBecomesOptional,
    LowerMaxOccurs,
    HigherMaxOccurs,
    UnboundedMaxOccurs,
    BoundedMaxOccurs,
    DateBecomesString,
    TimeBecomesString,
    ExtraOptionalElement,
    SwappedSiblings,
    RenamedElement,
}
