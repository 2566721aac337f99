namespace Sivi.Conformance.Tests.Support;

/// <summary>A fact that is skipped, with the reason, when the official SIVI schemas are not beside the checkout.</summary>
/// <remarks>xunit 2 has no dynamic skip, so the reason is decided when the attribute is constructed.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OfficialSchemasFactAttribute : FactAttribute
{
    public OfficialSchemasFactAttribute()
    {
        if (RepositoryLayout.OfficialSchemasMissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
