namespace Gateway.Admin.Api;

/// <summary>What a block or restart did: the account's state after it and how many held messages it touched.</summary>
internal sealed record AccountActionResponse(string Account, string Action, bool Blocked, int Held, int Messages);

/// <summary>What an uitval retry or dismiss did; a retried delivery names the message put back in the queue.</summary>
internal sealed record UitvalActionResponse(long Id, string Action, string Detail, long? MessageId, string? MessageState);
