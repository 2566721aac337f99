namespace Gateway.Core.Pulls;

/// <summary>What a pull found for one record: new, changed (which fields) or gone. Conversion consumes these.</summary>
public sealed class SourceMutation
{
    public long Id { get; set; }

    public long PullRunId { get; set; }

    public required string Integration { get; set; }

    public required string Connector { get; set; }

    public required string RecordKey { get; set; }

    public string? EmployerCode { get; set; }

    public string? SubjectKey { get; set; }

    public MutationKind Kind { get; set; }

    /// <summary>Comma separated names of the fields that changed (Changed only).</summary>
    public string? ChangedFields { get; set; }

    /// <summary>The record's fields now (New, Changed) or as last seen (Gone), canonical JSON.</summary>
    public required string Fields { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set once conversion has turned the mutation into messages (or uitval).</summary>
    public DateTime? ProcessedUtc { get; set; }
}

public enum MutationKind
{
    New = 1,
    Changed = 2,
    Gone = 3,
}
