namespace Gateway.Core.Employers;

/// <summary>
/// What activating an employer would send to an account, worked out from a live read of AFAS without sending or
/// storing anything; declared here so the admin API and the CLI can ask for it without naming the stages that do it.
/// </summary>
public interface IGoLivePreview
{
    /// <param name="samples">How many rendered sample messages (personal data masked) to include at most.</param>
    /// <exception cref="KeyNotFoundException">The account or its integration is not configured.</exception>
    /// <exception cref="InvalidOperationException">The account converts nothing (it has no mapping profile).</exception>
    Task<GoLivePreview> PreviewAsync(string account, string employer, int samples, CancellationToken cancellationToken);
}

/// <summary>
/// The outcome of a go-live preview. <see cref="PullError"/> is set when AFAS could not be read (nothing else is then
/// filled in); <see cref="Found"/> is false when AFAS has no such employer. Uitval reasons and samples hold no BSN,
/// IBAN, medical text, names, personal addresses, birth dates or contact details.
/// </summary>
public sealed record GoLivePreview(
    string Account,
    string Integration,
    string Employer,
    string? EmployerName,
    bool AlreadyActive,
    bool Found,
    IReadOnlyDictionary<string, int> RowsRead,
    IReadOnlyList<GoLivePreviewCount> Messages,
    IReadOnlyList<GoLivePreviewUitval> Uitval,
    int Skipped,
    IReadOnlyList<GoLivePreviewSample> Samples,
    string? PullError)
{
    public int MessageCount => Messages.Sum(m => m.Count);
}

/// <summary>How many messages of one type activation would send.</summary>
public sealed record GoLivePreviewCount(string MessageType, int Count);

/// <summary>A record activation would raise as uitval: the stage it fails in, the connector, key, field and reason.</summary>
public sealed record GoLivePreviewUitval(string Stage, string Connector, string? RecordKey, string Field, string Reason);

/// <summary>One message as it would be sent, indented, personal data masked.</summary>
public sealed record GoLivePreviewSample(string MessageType, string FileName, string MaskedXml);
