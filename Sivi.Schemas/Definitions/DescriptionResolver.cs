using System.Globalization;

namespace Sivi.Schemas.Definitions;

/// <summary>Resolves a message description for one release: filters qualified words, expands named types.</summary>
internal sealed class DescriptionResolver(IReadOnlyDictionary<string, TypeDescription> types)
{
    /// <summary>A header code (<c>code=open</c>, <c>version=open</c>) the standard leaves to the sender.</summary>
    public const string OpenCode = "open";

    public static bool Exists(MessageDescription message, string release) =>
        message.Versions.Any(v => v.AppliesTo(release));

    public MessageSchema Resolve(MessageDescription message, string release)
    {
        var versions = message.Versions.Where(v => v.AppliesTo(release)).Select(v => v.Text).ToList();
        if (versions.Count != 1)
        {
            throw DescriptionParser.Error(message.Source,
                $"{message.Name} has {versions.Count} version codes for release {release}; expected exactly one");
        }
        var context = new HeaderCodes(Fixed(message.BerichtCode), Fixed(versions[0]));
        var root = Element(message.Root, "", release, context)
            ?? throw DescriptionParser.Error(message.Source, $"the root element does not exist in release {release}");
        return new MessageSchema(message.Name, release, message.RootElement, context.Bericht, context.Versie, root);
    }

    private ElementDefinition? Element(ElementDescription description, string parentPath, string release, HeaderCodes codes)
    {
        if (description.NameIn(release) is not { } name)
        {
            return null;
        }
        var path = parentPath + "/" + name;
        var applicable = description.Tokens.Where(t => t.AppliesTo(release)).Select(t => t.Text).ToList();
        var occurs = applicable.Where(IsOccurs).ToList();
        if (occurs.Count > 1)
        {
            throw DescriptionParser.Error(description.Source, $"{path} has {occurs.Count} occurrence ranges in release {release}");
        }
        var (min, max) = occurs.Count == 0 ? (1, (int?)1) : Occurs(occurs[0]);
        var typeWords = applicable.Where(t => !IsOccurs(t)).ToList();
        var children = new List<ElementDefinition>();
        foreach (var child in description.Children)
        {
            if (Element(child, path, release, codes) is { } resolved)
            {
                children.Add(resolved);
            }
        }
        if (description.Children.Count > 0)
        {
            if (typeWords.Count > 0)
            {
                throw DescriptionParser.Error(description.Source, $"{path} has child elements and a type");
            }
            return new ElementDefinition(name, path, min, max, null, children);
        }
        var type = LeafType(typeWords, path, release, codes, description.Source);
        return new ElementDefinition(name, path, min, max, type, []);
    }

    private SimpleTypeDefinition LeafType(List<string> words, string path, string release, HeaderCodes codes, SourceLine source)
    {
        if (words.Count == 0)
        {
            throw DescriptionParser.Error(source, $"{path} has neither a type nor child elements in release {release}");
        }
        switch (words[0])
        {
            case "code":
                return HeaderCode(codes.Bericht, path, "BrCd", source);
            case "version":
                return HeaderCode(codes.Versie, path, "VnrBrCd", source);
        }
        if (SimpleTypeParser.IsBase(words[0]))
        {
            return SimpleTypeParser.Parse(null, words, source);
        }
        if (words.Count > 1)
        {
            throw DescriptionParser.Error(source, $"{path}: a named type ({words[0]}) takes no extra facets");
        }
        if (!types.TryGetValue(words[0], out var named))
        {
            throw DescriptionParser.Error(source, $"{path}: unknown type '{words[0]}'");
        }
        if (named.Availability is { } availability && !availability.Contains(release))
        {
            throw DescriptionParser.Error(source, $"{path}: type {named.Name} does not exist in release {release}");
        }
        return SimpleTypeParser.Parse(named.Name, named.Tokens.Where(t => t.AppliesTo(release)).Select(t => t.Text).ToList(), named.Source);
    }

    private static SimpleTypeDefinition HeaderCode(string? code, string path, string what, SourceLine source) =>
        code is null
            ? throw DescriptionParser.Error(source, $"{path}: the message's {what} is open; give the element a type")
            : SimpleTypeParser.Parse(null, ["string", "max=5", "enum=" + code], source);

    private static string? Fixed(string code) => code == OpenCode ? null : code;

    private static bool IsOccurs(string word) =>
        word is "?" or "*" or "+" || word.Contains("..", StringComparison.Ordinal);

    private static (int Min, int? Max) Occurs(string word)
    {
        switch (word)
        {
            case "?": return (0, 1);
            case "*": return (0, null);
            case "+": return (1, null);
        }
        var dots = word.IndexOf("..", StringComparison.Ordinal);
        var min = int.Parse(word[..dots], NumberStyles.None, CultureInfo.InvariantCulture);
        var maxText = word[(dots + 2)..];
        return (min, maxText == "*" ? null : int.Parse(maxText, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private readonly record struct HeaderCodes(string? Bericht, string? Versie);
}
