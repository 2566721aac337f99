namespace Gateway.Transport.Files;

/// <summary>
/// A file name filter such as <c>RM*.xml</c>: <c>*</c> any run of characters, <c>?</c> one character, everything
/// else literal, compared case-insensitively (partners' systems differ in case). Several patterns may be given
/// separated by ';' (<c>RM*.xml;VZ*.xml</c>); a name matches when any of them does.
/// </summary>
public sealed class GlobPattern
{
    private readonly string[] _alternatives;

    private GlobPattern(string text, string[] alternatives)
    {
        Text = text;
        _alternatives = alternatives;
    }

    public string Text { get; }

    public static GlobPattern Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var alternatives = pattern.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (alternatives.Length == 0 || alternatives.Any(a => a.Contains('/', StringComparison.Ordinal)))
        {
            throw new FormatException($"file filter '{pattern}' must be one or more file name patterns separated by ';' (no '/')");
        }
        return new GlobPattern(pattern, alternatives.Select(a => a.ToUpperInvariant()).ToArray());
    }

    public bool IsMatch(string fileName)
    {
        var name = fileName.ToUpperInvariant();
        return _alternatives.Any(pattern => Matches(pattern, 0, name, 0));
    }

    public override string ToString() => Text;

    private static bool Matches(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            switch (pattern[p])
            {
                case '*':
                    for (var rest = n; rest <= name.Length; rest++)
                    {
                        if (Matches(pattern, p + 1, name, rest))
                        {
                            return true;
                        }
                    }
                    return false;
                case '?':
                    if (n >= name.Length)
                    {
                        return false;
                    }
                    break;
                default:
                    if (n >= name.Length || pattern[p] != name[n])
                    {
                        return false;
                    }
                    break;
            }
            p++;
            n++;
        }
        return n == name.Length;
    }
}
