namespace Gateway.Core.Pulls;

/// <summary>The last known state of one GetConnector record: what the next pull is compared with.</summary>
public sealed class ConnectorRecordState
{
    public required string Integration { get; set; }

    public required string Connector { get; set; }

    /// <summary>The record's key (employee GUID + employment + contract, absence GUIDs, org unit code, ...).</summary>
    public required string RecordKey { get; set; }

    /// <summary>Werkgeverscode the record belongs to, where the connector has one.</summary>
    public string? EmployerCode { get; set; }

    /// <summary>The employee GUID the record is about, where it has one (IBAN rows are gated through it).</summary>
    public string? SubjectKey { get; set; }

    /// <summary>First 16 bytes of SHA-256 over the canonical field JSON.</summary>
    public required byte[] Hash { get; set; }

    /// <summary>Canonical JSON object of the record's fields (sorted names, values as strings or null).</summary>
    public required string Fields { get; set; }

    public DateTime FirstSeenUtc { get; set; }

    public DateTime LastChangedUtc { get; set; }
}
