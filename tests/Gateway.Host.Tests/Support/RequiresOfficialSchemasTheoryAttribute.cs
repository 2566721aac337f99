namespace Gateway.Host.Tests.Support;

/// <summary>A theory skipped, with the reason, when SIVI's official schemas (../shared/sivi/xsd) are not beside the checkout.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresOfficialSchemasTheoryAttribute : TheoryAttribute
{
    public RequiresOfficialSchemasTheoryAttribute()
    {
        if (RepoPaths.OfficialSchemas is null)
        {
            Skip = "SIVI's official schemas (../shared/sivi/xsd) are not on this machine";
        }
    }
}
