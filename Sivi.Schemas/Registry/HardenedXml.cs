using System.Xml;

namespace Sivi.Schemas.Registry;

/// <summary>Reader settings that never resolve anything external and refuse DTDs.</summary>
internal static class HardenedXml
{
    /// <summary>Settings for schema files and document heads; callers set limits on top.</summary>
    public static XmlReaderSettings ReaderSettings(bool async) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        Async = async,
    };
}
