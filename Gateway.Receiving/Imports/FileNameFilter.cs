namespace Gateway.Receiving.Imports;

/// <summary>
/// A file name filter such as <c>VZ*.xml</c>: <c>*</c> any run of characters, <c>?</c> one character, everything
/// else literal, compared case-insensitively (as XS Connect does; partners' systems differ in case). Several
/// patterns may be given separated by ';'; a name matches when any of them does.
/// </summary>
public sealed class FileNameFilter
{
    private readonly string[] _alternatives;

    private FileNameFilter(string text, string[] alternatives)
    {
        Text = text;
        _alternatives = alternatives;
    }

    public string Text { get; }

    /// <exception cref="FormatException">The filter is empty or holds a folder separator.</exception>
    public static FileNameFilter Parse(string pattern)
    {
        var alternatives = (pattern ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (alternatives.Length == 0 || alternatives.Any(a => a.Contains('/', StringComparison.Ordinal) || a.Contains('\\', StringComparison.Ordinal)))
        {
            throw new FormatException($"file filter '{pattern}' must be one or more file name patterns separated by ';' (no folder separators)");
        }
        return new FileNameFilter(pattern!, [.. alternatives.Select(a => a.ToUpperInvariant())]);
    }

    public bool IsMatch(string fileName)
    {
        var name = fileName.ToUpperInvariant();
        return _alternatives.Any(pattern => Matches(pattern, name));
    }

    public override string ToString() => Text;

    // iterative wildcard match with single-star backtracking: linear in practice, no recursion on hostile names
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
