namespace Sivi.Schemas.Tests.Support;

/// <summary>SIVI's official schema set, kept beside the checkout in <c>../shared/sivi/xsd</c> (reference data, not shipped).</summary>
internal static class OfficialSchemas
{
    public static string Directory { get; } = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "sivi", "xsd"));

    public static bool Available => System.IO.Directory.Exists(Path.Combine(Directory, "2024"));
}
