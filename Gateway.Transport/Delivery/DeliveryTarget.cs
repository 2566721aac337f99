namespace Gateway.Transport.Delivery;

/// <summary>Where and how an account's files are delivered: folder, naming and the rules for an existing file.</summary>
public sealed record DeliveryTarget
{
    /// <summary>The folder files are delivered into ("" or "." for the root of a local folder).</summary>
    public required string Folder { get; init; }

    public FileNamePattern NamePattern { get; init; } = FileNamePattern.Default;

    /// <summary>Per-type prefixes replacing the defaults (VZ, DV, WN, WG, RM) in <c>{prefix}</c>.</summary>
    public IReadOnlyDictionary<SiviFileType, string> PrefixOverrides { get; init; } = new Dictionary<SiviFileType, string>();

    public TemporaryNameStyle TemporaryName { get; init; } = TemporaryNameStyle.DotPrefixPartSuffix;

    public ExistingFilePolicy WhenDifferentFileExists { get; init; } = ExistingFilePolicy.Refuse;

    /// <summary>
    /// When the final name exists with the right size, also read it back and compare SHA-256 before calling it
    /// delivered (one extra download; off by default because the name already carries the unique Berrefnr).
    /// </summary>
    public bool CompareContentOfExisting { get; init; }

    /// <summary>The final file name of <paramref name="file"/>.</summary>
    public string FileNameFor(OutgoingFile file) =>
        NamePattern.Render(file, PrefixOverrides.TryGetValue(file.Type, out var prefix) ? prefix : null);

    /// <summary>The temporary name <paramref name="finalName"/> is uploaded under.</summary>
    public string TemporaryNameFor(string finalName) => TemporaryName switch
    {
        TemporaryNameStyle.TmpSuffix => finalName + ".tmp",
        _ => $".{finalName}.part",
    };
}
