namespace Sivi.Schemas.Validation;

/// <summary>Limits that keep a hostile or broken document from exhausting memory or time.</summary>
public sealed record SiviValidationOptions
{
    public static SiviValidationOptions Default { get; } = new();

    /// <summary>Most characters a document may hold (64 Mi by default); past it the document is refused.</summary>
    public long MaxCharactersInDocument { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest element nesting allowed (the root is depth 1); SIVI messages need fewer than 10 levels.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Files up to this size are read into a pooled buffer with one asynchronous read and then parsed without waiting
    /// on I/O (much faster for the typical message); larger files are streamed. 1 MiB by default.
    /// </summary>
    public int MaxBufferedFileBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Whether a document that can be read twice (in memory, a file) first gets the quick pass against the schema's
    /// compiled form, which proves most valid documents valid at a fraction of the cost; documents it cannot prove
    /// valid are validated in full. The verdict and the errors are the same either way. On by default.
    /// </summary>
    public bool QuickPass { get; init; } = true;

    /// <summary>Most schema errors kept per document; the rest are counted in one closing entry.</summary>
    public int MaxErrors { get; init; } = 1000;
}
