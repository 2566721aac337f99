namespace Gateway.Core.Uitval;

/// <summary>What retrying or dismissing an uitval entry did.</summary>
public sealed record UitvalActionResult(UitvalActionOutcome Outcome, string Detail, long? MessageId = null, string? MessageState = null);

/// <summary>The outcome of an uitval action.</summary>
public enum UitvalActionOutcome
{
    /// <summary>Done: resolved (retry) or dismissed.</summary>
    Done = 1,

    NotFound = 2,

    /// <summary>The entry is not open any more, or its failed message is not there to retry.</summary>
    Conflict = 3,
}
