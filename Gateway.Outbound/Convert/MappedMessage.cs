using Sivi.Messages;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert;

/// <summary>A message built by a mapper, not yet written or validated.</summary>
/// <param name="SubjectKey">What the message is about: the case id, employee id or employer code.</param>
/// <param name="Notes">What was left out of the message, by field.</param>
public sealed record MappedMessage(SiviMessage Message, string SubjectKey, IReadOnlyList<MappingNote> Notes)
{
    /// <summary>The Vrzm of a Verzuimmelding, whose VrzmgvlVnrMld the gate fills in.</summary>
    public Vrzm? Absence { get; init; }
}
