namespace Sivi.Schemas.Registry;

/// <summary>Where the registry finds its schemas; bound from the configuration section <c>Sivi</c>.</summary>
public sealed record SchemaRegistryOptions
{
    /// <summary>Configuration key an operator sets to use another schema set, such as SIVI's official files.</summary>
    public const string SchemaDirectoryKey = "Sivi:SchemaDirectory";

    /// <summary>The schema set shipped next to the executable.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "xsd");

    /// <summary>
    /// A directory laid out as <c>&lt;dir&gt;/&lt;release&gt;/&lt;Bericht&gt;.xsd</c>, or several separated by
    /// <see cref="Path.PathSeparator"/> (':' on Linux) that are read as one set, e.g. the shipped <c>xsd/</c> and a
    /// directory holding releases an operator installed; null means <see cref="DefaultDirectory"/>.
    /// </summary>
    public string? SchemaDirectory { get; init; }

    public string ResolvedDirectory => string.IsNullOrWhiteSpace(SchemaDirectory) ? DefaultDirectory : SchemaDirectory;

    /// <summary><see cref="ResolvedDirectory"/> split into its directories.</summary>
    public IReadOnlyList<string> ResolvedDirectories =>
        ResolvedDirectory.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
