namespace Sivi.Schemas.Tests.Support;

/// <summary>A test that needs SIVI's official schemas in ../shared/sivi/xsd; skips, saying so, when they are absent.</summary>
public sealed class RequiresOfficialSchemasFactAttribute : FactAttribute
{
    public RequiresOfficialSchemasFactAttribute()
    {
        if (!OfficialSchemas.Available)
        {
            Skip = $"SIVI's official schemas are not at {OfficialSchemas.Directory} (shared/ is not beside the checkout)";
        }
    }
}
