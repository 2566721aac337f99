namespace Gateway.Admin.Data;

/// <summary>A planned job's next run: when (UTC), its cron expressions and the zone they are read in.</summary>
internal sealed record NextRun(string Name, string Kind, string Subject, DateTime NextUtc, IReadOnlyList<string> Expressions, string Zone);
