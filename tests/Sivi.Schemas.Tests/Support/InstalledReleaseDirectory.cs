namespace Sivi.Schemas.Tests.Support;

/// <summary>
/// A throw-away schema directory into which a test "installs" a release the gateway does not ship: a copy of a
/// schema set (SIVI's official files or our own) with every namespace moved to a fictitious release, generated at
/// run time and deleted afterwards.
/// </summary>
public sealed class InstalledReleaseDirectory : IDisposable
{
    public InstalledReleaseDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sivi-installed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>
    /// Copies <c>&lt;source&gt;/&lt;from&gt;/*.xsd</c> into <c>&lt;this&gt;/&lt;folder&gt;/</c> with the namespace year
    /// <paramref name="from"/> replaced by <paramref name="to"/>; <paramref name="fileName"/> may rename the files.
    /// </summary>
    public void Install(string source, string from, string to, string? folder = null, Func<string, string>? fileName = null)
    {
        var target = System.IO.Path.Combine(Path, folder ?? to);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(source, from), "*.xsd"))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(file);
            var text = MoveNamespaces(File.ReadAllText(file), from, to);
            File.WriteAllText(System.IO.Path.Combine(target, (fileName?.Invoke(name) ?? name) + ".xsd"), text);
        }
    }

    /// <summary>Copies a whole schema directory (every release folder) below this one.</summary>
    public void CopyAll(string source)
    {
        foreach (var release in Directory.GetDirectories(source))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(release));
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(release, "*.xsd"))
            {
                File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public void Write(string release, string name, string content)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(Path, release));
        File.WriteAllText(System.IO.Path.Combine(Path, release, name + ".xsd"), content);
    }

    /// <summary>Every SIVI namespace of release <paramref name="from"/> in <paramref name="text"/> becomes one of <paramref name="to"/>.</summary>
    public static string MoveNamespaces(string text, string from, string to) =>
        System.Text.RegularExpressions.Regex.Replace(text, "(http://www\\.sivi\\.org/Verzuimmanagement/[^/\"]+/)" + from + "\"", "${1}" + to + "\"");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
