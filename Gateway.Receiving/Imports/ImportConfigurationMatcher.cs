namespace Gateway.Receiving.Imports;

/// <summary>
/// Decides which import configuration of an account a received file belongs to: first by folder and file filter
/// (several configurations may share a folder, told apart by filter or by type), then by the type and release the
/// document turned out to be. A file no configuration covers, or whose type or release no covering configuration
/// expects, is refused with a reason that names what was expected.
/// </summary>
public sealed class ImportConfigurationMatcher(IReadOnlyList<ImportConfiguration> configurations)
{
    public IReadOnlyList<ImportConfiguration> Configurations { get; } = configurations;

    /// <summary>The configurations whose folder and file filter cover the file, in configuration order.</summary>
    public IReadOnlyList<ImportConfiguration> Candidates(string filePath) =>
        [.. Configurations.Where(c => c.Covers(filePath))];

    /// <summary>Why no configuration covers the file, or null when at least one does.</summary>
    public string? RefusalByLocation(string filePath)
    {
        if (Candidates(filePath).Count > 0)
        {
            return null;
        }
        var folder = ImportFolder.Of(filePath);
        return $"Bestand {ImportFolder.FileName(filePath)} in map /{folder} valt onder geen importconfiguratie van dit account.";
    }

    /// <summary>The first covering configuration that expects <paramref name="messageType"/> in <paramref name="release"/>.</summary>
    public ImportConfigurationMatch Match(string filePath, string messageType, string release)
    {
        var candidates = Candidates(filePath);
        if (candidates.Count == 0)
        {
            return new ImportConfigurationMatch(null, RefusalByLocation(filePath));
        }
        var match = candidates.FirstOrDefault(c => c.Accepts(messageType, release));
        if (match is not null)
        {
            return new ImportConfigurationMatch(match, null);
        }
        var expected = string.Join(", ", candidates.Select(c => $"{c.MessageType} {c.Release}").Distinct(StringComparer.OrdinalIgnoreCase));
        return new ImportConfigurationMatch(null,
            $"Bestand {ImportFolder.FileName(filePath)} is een {messageType}-bericht van jaargang {release}, maar de importconfiguratie voor dit bestand verwacht {expected}.");
    }
}
