using Gateway.Transport.Files;

namespace Gateway.Receiving.Imports;

/// <summary>
/// A file name filter such as <c>VZ*.xml</c>: <c>*</c> any run of characters, <c>?</c> one character, everything
/// else literal, compared case-insensitively (as XS Connect does; partners' systems differ in case). Several
/// patterns may be given separated by ';'; a name matches when any of them does. The transport's
/// <see cref="GlobPattern"/> does the matching (one matcher for intake and import configurations), so only plain file
/// names ever match.
/// </summary>
public sealed class FileNameFilter
{
    private readonly GlobPattern _pattern;

    private FileNameFilter(GlobPattern pattern) => _pattern = pattern;

    public string Text => _pattern.Text;

    /// <exception cref="FormatException">The filter is empty or holds a folder separator.</exception>
    public static FileNameFilter Parse(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new FormatException($"file filter '{pattern}' must be one or more file name patterns separated by ';' (no folder separators)");
        }
        return new FileNameFilter(GlobPattern.Parse(pattern));
    }

    public bool IsMatch(string fileName) => _pattern.IsMatch(fileName);

    public override string ToString() => Text;
}
