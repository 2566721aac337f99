using System.Text;

namespace Gateway.Outbound.Tests.Convert.Golden;

/// <summary>
/// The committed golden files (<c>tests/Gateway.Host.Tests/Outbound/Convert/Golden/&lt;release&gt;/&lt;Type&gt;[-n].xml</c> in the
/// checkout) and the comparison against them: byte for byte after turning CRLF into LF, nothing else normalised.
/// </summary>
internal static class GoldenFiles
{
    public const string UpdateVariable = "GATEWAY_UPDATE_GOLDEN";

    public static string Directory { get; } = Path.Combine(RepoPaths.Root, "tests", "Gateway.Host.Tests", "Outbound", "Convert", "Golden");

    /// <summary>True when <c>GATEWAY_UPDATE_GOLDEN=1</c>: the tests rewrite the golden files instead of comparing.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string PathOf(string release, string fileName) => Path.Combine(Directory, release, fileName);

    /// <summary>The file's path relative to the checkout, as failures name it.</summary>
    public static string Name(string path) => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/');

    /// <summary>The golden files committed for one type and release (<c>&lt;Type&gt;.xml</c> and <c>&lt;Type&gt;-n.xml</c>), by name.</summary>
    public static IReadOnlyList<string> Committed(string release, string messageType)
    {
        var folder = Path.Combine(Directory, release);
        if (!System.IO.Directory.Exists(folder))
        {
            return [];
        }
        return
        [
            .. System.IO.Directory.GetFiles(folder, "*.xml")
                .Where(f => Path.GetFileNameWithoutExtension(f) is var stem && (stem == messageType || stem.StartsWith(messageType + "-", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Null when <paramref name="actual"/> equals <paramref name="expected"/> (line endings aside); otherwise a report
    /// naming <paramref name="name"/> and the first differing line with its expected and actual text.
    /// </summary>
    public static string? Difference(string name, byte[] expected, byte[] actual)
    {
        var expectedBytes = WithLf(expected);
        var actualBytes = WithLf(actual);
        if (expectedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            return null;
        }
        var expectedLines = Encoding.UTF8.GetString(expectedBytes).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actualBytes).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var want = i < expectedLines.Length ? expectedLines[i] : null;
            var got = i < actualLines.Length ? actualLines[i] : null;
            if (!string.Equals(want, got, StringComparison.Ordinal))
            {
                return $"{name} differs from the produced message at line {i + 1}\n  expected: {want ?? "<end of file>"}\n  actual:   {got ?? "<end of file>"}\n"
                    + $"(if the change is intended, rerun with {UpdateVariable}=1 and review the diff)";
            }
        }
        return $"{name} differs from the produced message in bytes that do not decode as UTF-8";
    }

    /// <summary>Compares <paramref name="actual"/> with the golden file at <paramref name="path"/>, or rewrites it when updating.</summary>
    public static void AssertMatches(string path, byte[] actual)
    {
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{Name(path)} does not exist (create it with {UpdateVariable}=1 and review it)");
        if (Difference(Name(path), File.ReadAllBytes(path), actual) is { } difference)
        {
            Assert.Fail(difference);
        }
    }

    private static byte[] WithLf(byte[] content)
    {
        var result = new List<byte>(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == (byte)'\r' && i + 1 < content.Length && content[i + 1] == (byte)'\n')
            {
                continue;
            }
            result.Add(content[i]);
        }
        return [.. result];
    }
}
