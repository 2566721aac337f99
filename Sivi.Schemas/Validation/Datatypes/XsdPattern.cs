using System.Text.RegularExpressions;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// One XML Schema pattern translated to a .NET regex (built on first use) that matches whole values per character.
/// <see cref="MatchesLikeFramework"/>: for a value without characters outside the Basic Multilingual Plane and without a
/// final line feed, the regex gives the framework's verdict (the pattern avoids <c>.</c>, <c>\s</c>, <c>\S</c> and plain
/// <c>^</c> or <c>$</c>, whose meaning differs between XML Schema and .NET's regex engine).
/// </summary>
internal sealed class XsdPattern(string pattern, string regex, bool matchesLikeFramework)
{
    private readonly Lazy<Regex> _regex = new(() => new Regex(regex, RegexOptions.CultureInvariant));

    public string Pattern { get; } = pattern;

    /// <summary>Backtracking, like the framework's own pattern regexes, which see every value first.</summary>
    public Regex Regex => _regex.Value;

    public bool MatchesLikeFramework { get; } = matchesLikeFramework;
}
