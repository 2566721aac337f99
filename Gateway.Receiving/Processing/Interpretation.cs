using Gateway.Receiving.Imports;
using Sivi.Messages;

namespace Gateway.Receiving.Processing;

/// <summary>
/// A received file after interpretation: recognised, matched to an import configuration, validated, read and
/// checked against the account's employers — or the errors that stopped it.
/// </summary>
/// <param name="Content">The file's bytes (at most the configured maximum).</param>
/// <param name="Header">What the file says about itself, read leniently.</param>
/// <param name="MessageType">The recognised SIVI type, or null.</param>
/// <param name="Release">The recognised release, or the namespace's year, or null.</param>
/// <param name="Configuration">The import configuration it belongs to, or null.</param>
/// <param name="Message">The message read into the typed model, or null when refused.</param>
/// <param name="Errors">Why the file is refused; empty when accepted.</param>
public sealed record Interpretation(
    ReadOnlyMemory<byte> Content,
    ReceivedHeader Header,
    string? MessageType,
    string? Release,
    ImportConfiguration? Configuration,
    SiviMessage? Message,
    IReadOnlyList<ReceivingError> Errors)
{
    public bool Accepted => Errors.Count == 0 && Message is not null;
}
