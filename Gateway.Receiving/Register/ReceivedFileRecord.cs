using Gateway.Receiving.Processing;

namespace Gateway.Receiving.Register;

/// <summary>
/// One received file: its verdict, and for held or waiting files the content (kept until applied or refused, then
/// cleared). The id gives the arrival order.
/// </summary>
public sealed class ReceivedFileRecord
{
    public long Id { get; set; }

    public string Account { get; set; } = "";

    public string FileName { get; set; } = "";

    public string? ImportConfiguration { get; set; }

    public string? MessageType { get; set; }

    public string? Release { get; set; }

    public string? Berrefnr { get; set; }

    public ReceivedFileStatus Status { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }

    /// <summary>The file's bytes while it is held or waiting; null otherwise.</summary>
    public byte[]? Content { get; set; }

    /// <summary>SHA-256 of the file's bytes (kept when the bytes are not): tells a copy handed over again from a new file.</summary>
    public byte[]? Sha256 { get; set; }

    /// <summary>The errors (JSON: kind and Toelichting), null when none.</summary>
    public string? Errors { get; set; }

    /// <summary>A waiting file: the case and sequence number it is blocked on.</summary>
    public string? WaitingEmployerId { get; set; }

    public string? WaitingCaseId { get; set; }

    public int? WaitingSequence { get; set; }

    /// <summary>When the file began to wait (null for files parked before this was kept: their arrival counts).</summary>
    public DateTime? WaitingSinceUtc { get; set; }
}
