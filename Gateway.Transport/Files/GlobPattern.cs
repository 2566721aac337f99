namespace Gateway.Transport.Files;

/// <summary>
/// A file name filter such as <c>RM*.xml</c>: <c>*</c> any run of characters, <c>?</c> one character, everything
/// else literal, compared case-insensitively (partners' systems differ in case). Several patterns may be given
/// separated by ';' (<c>RM*.xml;VZ*.xml</c>); a name matches when any of them does. Only a plain file name
/// (<see cref="RemoteName.IsPlain"/>) can match: a listed name with a separator, a control character or only dots
/// never does, whatever the pattern.
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
        if (alternatives.Length == 0 || alternatives.Any(a => a.Contains('/', StringComparison.Ordinal) || a.Contains('\\', StringComparison.Ordinal)))
        {
            throw new FormatException($"file filter '{pattern}' must be one or more file name patterns separated by ';' (no '/' or '\\')");
        }
        return new GlobPattern(pattern, alternatives.Select(a => a.ToUpperInvariant()).ToArray());
    }

    public bool IsMatch(string fileName)
    {
        if (!RemoteName.IsPlain(fileName))
        {
            return false;
        }
        var name = fileName.ToUpperInvariant();
        return _alternatives.Any(pattern => Matches(pattern, name));
    }

    public override string ToString() => Text;

    // iterative wildcard match with single-star backtracking: no recursion on a partner's long names
    private static bool Matches(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }
}
