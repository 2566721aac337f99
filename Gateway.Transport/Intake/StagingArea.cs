namespace Gateway.Transport.Intake;

/// <summary>
/// The local staging folder of one source: a download lands under a hidden temporary name derived from its intake
/// key (so a repeated attempt overwrites, never duplicates) and is moved to its staged name only after the journal
/// recorded it. Staged names keep the source name; a clash with an older staged file adds the key digest.
/// </summary>
internal sealed class StagingArea
{
    public StagingArea(string stagingRoot, string sourceName)
    {
        Directory = Path.Combine(Path.GetFullPath(stagingRoot), sourceName);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string TemporaryPath(IntakeKey key) => Path.Combine(Directory, $".{key.Digest}.part");

    public string ChooseStagedPath(IntakeKey key, string fileName)
    {
        var plain = Path.Combine(Directory, fileName);
        return File.Exists(plain)
            ? Path.Combine(Directory, $"{Path.GetFileNameWithoutExtension(fileName)}.{key.Digest[..8]}{Path.GetExtension(fileName)}")
            : plain;
    }
}
