namespace Gateway.Receiving.Imports;

/// <summary>An import configuration, checked and ready to match files (see <see cref="Accounts.ImportConfigurationOptions"/>).</summary>
/// <param name="Name">How reports name it.</param>
/// <param name="MessageType">SIVI message type name, e.g. <c>Verzuimmeldingen</c>.</param>
/// <param name="Release">SIVI release, e.g. <c>2024</c>.</param>
/// <param name="Folder">The folder in normal form (<see cref="ImportFolder.Normalize"/>).</param>
/// <param name="FileFilter">Which file names in the folder belong to it.</param>
/// <param name="Schedule">Cron expressions (';'-separated), or null.</param>
public sealed record ImportConfiguration(string Name, string MessageType, string Release, string Folder, FileNameFilter FileFilter, string? Schedule)
{
    /// <summary>Whether a file at <paramref name="filePath"/> (folder and name as the transport saw it) belongs here.</summary>
    public bool Covers(string filePath) =>
        ImportFolder.SameFolder(ImportFolder.Of(filePath), Folder) && FileFilter.IsMatch(ImportFolder.FileName(filePath));

    public bool Accepts(string messageType, string release) =>
        string.Equals(MessageType, messageType, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Release, release, StringComparison.Ordinal);

    public override string ToString() => $"{Name} ({(Folder.Length == 0 ? "/" : Folder)}/{FileFilter})";
}
