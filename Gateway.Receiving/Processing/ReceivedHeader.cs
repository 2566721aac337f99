namespace Gateway.Receiving.Processing;

/// <summary>
/// What a received file says about itself in its root and BrAlg header, read leniently so that a refused file can
/// still be answered: each value is null when the file did not give it (broken XML, missing element).
/// </summary>
/// <param name="RootElement">Local name of the root element.</param>
/// <param name="Release">The release (jaargang) from the root's SIVI namespace (<c>…/Verzuimmanagement/&lt;X&gt;/&lt;yyyy&gt;</c>).</param>
/// <param name="Berrefnr">The message's Berrefnr.</param>
/// <param name="IdInzndr">The sender's identification.</param>
/// <param name="IdOntvngr">The receiver's (our) identification as the sender wrote it.</param>
/// <param name="TestJN">J for a test message.</param>
/// <param name="OntvngstbevJN">J when the sender asks for a Retourmelding.</param>
public sealed record ReceivedHeader(
    string? RootElement,
    string? Release,
    string? Berrefnr,
    string? IdInzndr,
    string? IdOntvngr,
    string? TestJN,
    string? OntvngstbevJN)
{
    public static ReceivedHeader Empty { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The sender asked for a Retourmelding (OntvngstbevJN = J).</summary>
    public bool ReceiptRequested => string.Equals(OntvngstbevJN, "J", StringComparison.Ordinal);

    public bool IsTest => string.Equals(TestJN, "J", StringComparison.Ordinal);
}
