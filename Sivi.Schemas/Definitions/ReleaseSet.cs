namespace Sivi.Schemas.Definitions;

/// <summary>
/// A set of releases written as in the descriptions: <c>2024</c>, <c>2024-2025</c>, <c>2024-</c>, <c>-2024</c>
/// or a comma list of those. Open ranges are read against the ordered list of known releases.
/// </summary>
public sealed class ReleaseSet
{
    private readonly HashSet<string> _releases;

    private ReleaseSet(HashSet<string> releases, string text)
    {
        _releases = releases;
        Text = text;
    }

    public string Text { get; }

    public bool Contains(string release) => _releases.Contains(release);

    public static ReleaseSet Parse(string text, IReadOnlyList<string> known)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                Require(part, known, text);
                set.Add(part);
                continue;
            }
            var from = dash == 0 ? known[0] : part[..dash];
            var to = dash == part.Length - 1 ? known[^1] : part[(dash + 1)..];
            var start = Require(from, known, text);
            var end = Require(to, known, text);
            if (end < start)
            {
                throw new FormatException($"release range '{text}' runs backwards");
            }
            for (var i = start; i <= end; i++)
            {
                set.Add(known[i]);
            }
        }
        if (set.Count == 0)
        {
            throw new FormatException($"release set '{text}' is empty");
        }
        return new ReleaseSet(set, text);
    }

    private static int Require(string release, IReadOnlyList<string> known, string text)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (string.Equals(known[i], release, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new FormatException($"unknown release '{release}' in '{text}' (known: {string.Join(", ", known)})");
    }

    public override string ToString() => Text;
}
