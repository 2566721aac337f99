namespace Gateway.Receiving.Processing;

/// <summary>One file of a group for <see cref="ReceivedFileProcessor.ProcessGroupAsync"/>: its path as the transport saw it, and its bytes.</summary>
public sealed record ReceivedGroupFile(string FilePath, ReadOnlyMemory<byte> Content);

/// <summary>What became of one file of a group: its outcome (committed), or why it could not be registered (nothing of it committed; it stays at the partner).</summary>
public sealed record GroupFileResult(ReceivedFileOutcome? Outcome, Exception? Failure);
