using System.Runtime.InteropServices;

namespace Gateway.Outbound.Convert.State;

/// <summary>
/// The record keys of one connector's rows by the normalised GUID they belong to (an employee, a case): part of the
/// <see cref="SourceStateIndex"/> a conversion run holds for the whole workforce, so it is kept small. A GUID is held
/// as a <see cref="System.Guid"/> (16 bytes instead of a 36-character string) and a single key without a list; a
/// normalised value that is not a GUID in the "D" form (AFAS data can hold anything) is held as its text.
/// </summary>
public sealed class RecordKeysByGuid
{
    private readonly Dictionary<Guid, Keys> _byGuid = [];
    private readonly Dictionary<string, Keys> _byText = new(StringComparer.Ordinal);

    /// <summary>How many distinct GUIDs have keys.</summary>
    public int Count => _byGuid.Count + _byText.Count;

    /// <param name="guid">Normalised (<see cref="Values.Identifiers.Guid"/>: upper case, no braces).</param>
    public void Add(string guid, string recordKey)
    {
        ref var keys = ref AsGuid(guid) is { } id
            ? ref CollectionsMarshal.GetValueRefOrAddDefault(_byGuid, id, out _)
            : ref CollectionsMarshal.GetValueRefOrAddDefault(_byText, guid, out _);
        if (keys.One is null)
        {
            keys.One = recordKey;
        }
        else
        {
            (keys.More ??= []).Add(recordKey);
        }
    }

    /// <summary>The keys added for <paramref name="guid"/> (normalised), in the order they were added; none when unknown.</summary>
    public IEnumerable<string> For(string guid)
    {
        var found = AsGuid(guid) is { } id ? _byGuid.TryGetValue(id, out var keys) : _byText.TryGetValue(guid, out keys);
        if (!found)
        {
            yield break;
        }
        yield return keys.One!;
        foreach (var more in keys.More ?? [])
        {
            yield return more;
        }
    }

    /// <summary>
    /// The GUID a normalised text stands for when it is exactly the upper-case "D" form, so that holding it as a
    /// <see cref="System.Guid"/> loses nothing: every other text (lower case cannot occur after normalising; braces,
    /// other forms, anything else) stays text and is only ever found by the same text.
    /// </summary>
    private static Guid? AsGuid(string guid) =>
        guid.Length == 36 && Guid.TryParseExact(guid, "D", out var id) && !guid.AsSpan().ContainsAnyInRange('a', 'z') ? id : null;

    private struct Keys
    {
        public string? One;
        public List<string>? More;
    }
}
