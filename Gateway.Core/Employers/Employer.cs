namespace Gateway.Core.Employers;

/// <summary>
/// An employer seen in an integration's Werkgevers connector. New employers arrive inactive: nothing about their
/// employees or absences is synchronised until an admin has verified and activated them.
/// </summary>
public sealed class Employer
{
    public required string Integration { get; set; }

    /// <summary>Werkgeverscode in AFAS.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public bool Active { get; set; }

    public DateTime FirstSeenUtc { get; set; }

    public DateTime? ActivatedUtc { get; set; }

    public string? ActivatedBy { get; set; }
}
