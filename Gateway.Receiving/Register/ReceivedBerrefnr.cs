namespace Gateway.Receiving.Register;

/// <summary>A Berrefnr taken by a file that was processed, is held or waits; a second file with it is refused.</summary>
public sealed class ReceivedBerrefnr
{
    public string Account { get; set; } = "";

    public string Berrefnr { get; set; } = "";

    public long FileId { get; set; }

    public DateTime ReceivedUtc { get; set; }
}
