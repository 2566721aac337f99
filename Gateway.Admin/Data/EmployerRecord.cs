namespace Gateway.Admin.Data;

/// <summary>An employer of an integration and whether it has been activated.</summary>
internal sealed record EmployerRecord(string Integration, string Code, string Name, bool Active, DateTime FirstSeenUtc, DateTime? ActivatedUtc, string? ActivatedBy);
