using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>A fact that needs xmllint and SIVI's official schemas; skips, saying which is missing, otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresXmllintFactAttribute : FactAttribute
{
    public RequiresXmllintFactAttribute()
    {
        if ((Xmllint.MissingReason ?? RepositoryLayout.OfficialSchemasMissingReason) is { } reason)
        {
            Skip = reason;
        }
    }
}
