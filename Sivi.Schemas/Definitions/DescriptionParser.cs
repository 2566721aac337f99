namespace Sivi.Schemas.Definitions;

/// <summary>Reads the compact .sivi descriptions (format in types.sivi) into unresolved nodes.</summary>
internal static class DescriptionParser
{
    public static IReadOnlyList<string> ParseReleases(string file, string text)
    {
        foreach (var (line, words) in Lines(text))
        {
            if (words[0] == "releases")
            {
                if (words.Length < 2)
                {
                    throw Error(new SourceLine(file, line), "'releases' needs at least one release");
                }
                return words[1..];
            }
        }
        throw new FormatException($"{file}: no 'releases' line");
    }

    public static List<TypeDescription> ParseTypes(string file, string text, IReadOnlyList<string> releases)
    {
        var types = new List<TypeDescription>();
        foreach (var (line, words) in Lines(text))
        {
            var source = new SourceLine(file, line);
            switch (words[0])
            {
                case "releases":
                    break;
                case "type" when words.Length >= 3:
                    var name = Token(words[1], releases, source);
                    types.Add(new TypeDescription(name.Text, name.Releases, Tokens(words[2..], releases, source), source));
                    break;
                default:
                    throw Error(source, $"expected 'type <Name> <base> <facets>', found '{string.Join(' ', words)}'");
            }
        }
        return types;
    }

    public static MessageDescription ParseMessage(string file, string text, IReadOnlyList<string> releases)
    {
        string? name = null, root = null, code = null;
        var versions = new List<DescriptionToken>();
        var header = new SourceLine(file, 0);
        var stack = new List<ElementDescription>();
        ElementDescription? top = null;
        foreach (var (line, words, indent) in IndentedLines(text))
        {
            var source = new SourceLine(file, line);
            if (name is null)
            {
                if (words[0] != "message" || words.Length < 2)
                {
                    throw Error(source, "a message description starts with 'message <Name> root=.. code=.. version=..'");
                }
                name = words[1];
                header = source;
                foreach (var word in words[2..])
                {
                    var token = Token(word, releases, source);
                    var eq = token.Text.IndexOf('=', StringComparison.Ordinal);
                    var key = eq < 0 ? token.Text : token.Text[..eq];
                    var value = eq < 0 ? "" : token.Text[(eq + 1)..];
                    switch (key)
                    {
                        case "root": root = value; break;
                        case "code": code = value; break;
                        case "version": versions.Add(token with { Text = value }); break;
                        default: throw Error(source, $"unknown message attribute '{key}'");
                    }
                }
                continue;
            }
            if (indent % 2 != 0)
            {
                throw Error(source, "indent by two spaces per level");
            }
            var depth = indent / 2;
            var names = Tokens(words[0].Split('|'), releases, source);
            var element = new ElementDescription(names, Tokens(words[1..], releases, source), source);
            if (depth == 0)
            {
                if (top is not null)
                {
                    throw Error(source, "a message has exactly one root element");
                }
                top = element;
            }
            else
            {
                if (depth > stack.Count)
                {
                    throw Error(source, "indented deeper than its parent");
                }
                stack[depth - 1].Children.Add(element);
            }
            stack.RemoveRange(depth, stack.Count - depth);
            stack.Add(element);
        }
        if (name is null || root is null || code is null || versions.Count == 0 || top is null)
        {
            throw new FormatException($"{file}: needs a 'message' line with root, code and version, and an element tree");
        }
        return new MessageDescription(name, root, code, versions, top, header);
    }

    private static IEnumerable<(int Line, string[] Words)> Lines(string text)
    {
        foreach (var (line, words, _) in IndentedLines(text))
        {
            yield return (line, words);
        }
    }

    private static IEnumerable<(int Line, string[] Words, int Indent)> IndentedLines(string text)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var content = raw.TrimEnd('\r');
            var hash = content.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                content = content[..hash];
            }
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            if (content.Contains('\t', StringComparison.Ordinal))
            {
                throw Error(new SourceLine("", number), "tabs are not allowed; indent with spaces");
            }
            var indent = content.Length - content.TrimStart(' ').Length;
            yield return (number, content.Split(' ', StringSplitOptions.RemoveEmptyEntries), indent);
        }
    }

    private static DescriptionToken Token(string word, IReadOnlyList<string> releases, SourceLine source)
    {
        try
        {
            return DescriptionToken.Parse(word, releases);
        }
        catch (FormatException e)
        {
            throw Error(source, e.Message);
        }
    }

    private static DescriptionToken[] Tokens(string[] words, IReadOnlyList<string> releases, SourceLine source) =>
        Array.ConvertAll(words, w => Token(w, releases, source));

    internal static FormatException Error(SourceLine source, string message) => new($"{source}: {message}");
}
