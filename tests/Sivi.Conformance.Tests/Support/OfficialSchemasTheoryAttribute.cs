namespace Sivi.Conformance.Tests.Support;

/// <summary>A theory that is skipped, with the reason, when the official SIVI schemas are not beside the checkout.</summary>
/// <remarks>xunit 2 has no dynamic skip; a skipped theory's data is never enumerated.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OfficialSchemasTheoryAttribute : TheoryAttribute
{
    public OfficialSchemasTheoryAttribute()
    {
        if (RepositoryLayout.OfficialSchemasMissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
