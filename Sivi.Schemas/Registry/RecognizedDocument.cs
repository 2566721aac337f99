namespace Sivi.Schemas.Registry;

/// <summary>A document's root element and namespace, and the message type they identify (null when none does).</summary>
public sealed record RecognizedDocument(string RootElement, string Namespace, SiviMessageType? MessageType)
{
    public bool IsKnown => MessageType is not null;
}
