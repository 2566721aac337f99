namespace Gateway.Core.Tests.Bus;

/// <summary>Work that fails with a transient fault a given number of times, then succeeds.</summary>
public sealed record FlakyWork(Guid Id, int FailuresBeforeSuccess);

/// <summary>Work that always fails: transiently (retried until the limit) or permanently (not retried).</summary>
public sealed record DoomedWork(Guid Id, bool Transient);

/// <summary>Recorded by <see cref="FlakyWorkConsumer"/> when an attempt succeeded.</summary>
public sealed record FlakyWorkDone(Guid Id, int Attempts);
