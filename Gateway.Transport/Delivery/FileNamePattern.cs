using System.Globalization;
using System.Text;

namespace Gateway.Transport.Delivery;

/// <summary>
/// A per-account file name pattern with tokens <c>{prefix}</c>, <c>{berrefnr}</c>, <c>{type}</c> (the Bericht name)
/// and <c>{timestamp}</c> / <c>{timestamp:FORMAT}</c> (.NET date format, default yyyyMMddHHmmss); <c>{{</c> and
/// <c>}}</c> are literal braces. A pattern must contain <c>{berrefnr}</c>, so each message gets its own name, and must
/// render to a plain file name of letters, digits, '.', '_' and '-' that does not start with '.'.
/// </summary>
public sealed class FileNamePattern
{
    /// <summary>VZ_&lt;berrefnr&gt;_&lt;yyyyMMddHHmmss&gt;.xml and likewise for the other types.</summary>
    public static readonly FileNamePattern Default = Parse("{prefix}_{berrefnr}_{timestamp:yyyyMMddHHmmss}.xml");

    private static readonly DateTimeOffset SampleTime = new(2026, 12, 31, 23, 59, 58, 999, TimeSpan.FromHours(1));
    private static readonly string DefaultTimestampFormat = "yyyyMMddHHmmss";

    private readonly IReadOnlyList<Part> _parts;

    private FileNamePattern(string text, IReadOnlyList<Part> parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Parses and validates a pattern; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static FileNamePattern Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var parts = new List<Part>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{' && i + 1 < pattern.Length && pattern[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < pattern.Length && pattern[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var end = pattern.IndexOf('}', i);
                if (end < 0)
                {
                    throw new FormatException($"file name pattern '{pattern}': '{{' at position {i} is not closed");
                }
                if (literal.Length > 0)
                {
                    parts.Add(new Part(null, literal.ToString(), null));
                    literal.Clear();
                }
                parts.Add(ParseToken(pattern, pattern[(i + 1)..end]));
                i = end;
            }
            else if (c == '}')
            {
                throw new FormatException($"file name pattern '{pattern}': unmatched '}}' at position {i} (write '}}}}' for a brace)");
            }
            else
            {
                literal.Append(c);
            }
        }
        if (literal.Length > 0)
        {
            parts.Add(new Part(null, literal.ToString(), null));
        }
        if (!parts.Any(p => p.Token == "berrefnr"))
        {
            throw new FormatException($"file name pattern '{pattern}' must contain {{berrefnr}} so that every message gets its own file name");
        }
        var result = new FileNamePattern(pattern, parts);
        var sample = result.Render("AB12", SiviFileType.Verzuimmeldingen, SampleTime, "VZ", validate: false);
        if (!IsSafeFileName(sample))
        {
            throw new FormatException($"file name pattern '{pattern}' renders '{sample}', which is not a plain file name " +
                "(allowed: letters, digits, '.', '_', '-'; not starting with '.')");
        }
        return result;
    }

    /// <summary>The file name of <paramref name="file"/>, with <paramref name="prefix"/> or the type's default prefix.</summary>
    public string Render(OutgoingFile file, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Render(file.Berrefnr, file.Type, file.CreatedAt, prefix ?? SiviFileTypes.DefaultPrefix(file.Type), validate: true);
    }

    public override string ToString() => Text;

    private string Render(string berrefnr, SiviFileType type, DateTimeOffset createdAt, string prefix, bool validate)
    {
        var name = new StringBuilder();
        foreach (var part in _parts)
        {
            name.Append(part.Token switch
            {
                null => part.Literal,
                "prefix" => prefix,
                "berrefnr" => berrefnr,
                "type" => type.ToString(),
                "timestamp" => createdAt.ToString(part.Format ?? DefaultTimestampFormat, CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"unknown token {part.Token}"),
            });
        }
        var result = name.ToString();
        if (validate && !IsSafeFileName(result))
        {
            throw new ArgumentException($"the file name '{result}' rendered from pattern '{Text}' is not a plain file name; " +
                "the Berrefnr or prefix contains characters other than letters, digits, '.', '_' and '-'");
        }
        return result;
    }

    private static Part ParseToken(string pattern, string content)
    {
        var colon = content.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? content : content[..colon]).Trim().ToLowerInvariant();
        var format = colon < 0 ? null : content[(colon + 1)..];
        if (name is not ("prefix" or "berrefnr" or "type" or "timestamp"))
        {
            throw new FormatException($"file name pattern '{pattern}': unknown token {{{content}}} (known: prefix, berrefnr, type, timestamp[:format])");
        }
        if (format is not null && name != "timestamp")
        {
            throw new FormatException($"file name pattern '{pattern}': only {{timestamp}} takes a format");
        }
        if (format is { Length: 0 })
        {
            throw new FormatException($"file name pattern '{pattern}': empty timestamp format");
        }
        return new Part(name, null, format);
    }

    private static bool IsSafeFileName(string name) =>
        name.Length is > 0 and <= 200 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private sealed record Part(string? Token, string? Literal, string? Format);
}
