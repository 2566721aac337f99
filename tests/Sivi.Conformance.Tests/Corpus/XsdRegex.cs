using System.Text;
using System.Text.RegularExpressions;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>Turns an XSD pattern facet (implicitly anchored, no ^/$ anchors) into an equivalent .NET regex.</summary>
internal static class XsdRegex
{
    public static Regex Compile(string xsdPattern) =>
        new(@"\A(?:" + Translate(xsdPattern) + @")\z", RegexOptions.CultureInvariant);

    private static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var escaped = pattern[i + 1];
                if (escaped is 'i' or 'I' or 'c' or 'C')
                {
                    throw new NotSupportedException($"XSD escape \\{escaped} in pattern '{pattern}' is not supported");
                }
                result.Append(c).Append(escaped);
                i++;
                continue;
            }
            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (!inClass && c is '^' or '$')
            {
                // In XSD these are ordinary characters; in .NET they would be anchors.
                result.Append('\\');
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
