namespace Sivi.Conformance.Tests.Corpus;

/// <summary>Inputs some mutations need beyond the schema itself.</summary>
public sealed record MutationOptions
{
    public static MutationOptions Default { get; } = new();

    /// <summary>
    /// The namespace <see cref="MutationKind.WrongNamespace"/> moves a document into (typically the same message type of
    /// another release). Without it that mutation is not produced.
    /// </summary>
    public string? ForeignNamespace { get; init; }
}
