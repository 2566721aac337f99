using Sivi.Messages.Model;

namespace Sivi.Messages;

/// <summary>The root of a SIVI message: every type starts with the BrAlg header.</summary>
public abstract class SiviMessage : SiviElement
{
    /// <summary>The message type's name as SIVI publishes it (e.g. WerknemersGegevens).</summary>
    public abstract string MessageName { get; }

    /// <summary>The release read from the document, or chosen for writing.</summary>
    public string? Release { get; set; }

    public abstract BrAlg? BrAlg { get; set; }
}
