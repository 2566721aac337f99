using Sivi.Schemas.Definitions;

namespace Sivi.Schemas.Registry;

/// <summary>A document's root element and namespace, and the message type they identify (null when none does).</summary>
public sealed record RecognizedDocument(string RootElement, string Namespace, SiviMessageType? MessageType)
{
    public bool IsKnown => MessageType is not null;

    /// <summary>
    /// The release the document's SIVI namespace names for its root element, whether or not a schema for it is
    /// installed (e.g. 2021 when only 2022 and later are); null for a namespace that is not SIVI's or names another root.
    /// </summary>
    public string? DeclaredRelease =>
        SiviNamespace.TryParse(Namespace, out var sivi) && string.Equals(sivi.RootElement, RootElement, StringComparison.Ordinal)
            ? sivi.Release
            : null;
}
