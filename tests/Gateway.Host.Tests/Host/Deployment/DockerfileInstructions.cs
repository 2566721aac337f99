using System.Text;
using System.Text.Json;

namespace Gateway.Host.Tests.Deployment;

/// <summary>
/// The runtime stage of <c>docker/Dockerfile</c> as the image will run it: user, working directory, environment,
/// entrypoint, command and health check (continuation lines joined, <c>ENV</c> pairs with quoted values, exec-form
/// JSON arrays).
/// </summary>
internal sealed record DockerfileInstructions(
    string User, string WorkDir, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Entrypoint,
    IReadOnlyList<string> Command, IReadOnlyList<string> HealthCheck)
{
    public static DockerfileInstructions ReadRuntimeStage(string path)
    {
        var lines = JoinContinuations(File.ReadAllLines(path)).ToList();
        var stage = lines.Skip(lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal))).ToList();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in stage.Where(l => l.StartsWith("ENV ", StringComparison.Ordinal)))
        {
            foreach (var (key, value) in Pairs(env[4..]))
            {
                environment[key] = value;
            }
        }
        string Single(string instruction) => stage.Last(l => l.StartsWith(instruction + " ", StringComparison.Ordinal))[(instruction.Length + 1)..].Trim();
        var health = Single("HEALTHCHECK");
        return new DockerfileInstructions(Single("USER"), Single("WORKDIR"), environment, ExecForm(Single("ENTRYPOINT")), ExecForm(Single("CMD")),
            ExecForm(health[(health.IndexOf("CMD ", StringComparison.Ordinal) + 4)..]));
    }

    private static IEnumerable<string> JoinContinuations(IEnumerable<string> lines)
    {
        var current = new StringBuilder();
        foreach (var raw in lines.Where(l => !l.TrimStart().StartsWith('#')))
        {
            var line = raw.TrimEnd();
            if (line.EndsWith('\\'))
            {
                current.Append(line[..^1]).Append(' ');
                continue;
            }
            current.Append(line);
            if (current.ToString().Trim() is { Length: > 0 } complete)
            {
                yield return complete;
            }
            current.Clear();
        }
    }

    /// <summary><c>A=1 B="two words"</c> → (A, 1), (B, two words).</summary>
    private static IEnumerable<(string Key, string Value)> Pairs(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
            var equals = text.IndexOf('=', position);
            if (position >= text.Length || equals < 0)
            {
                yield break;
            }
            var key = text[position..equals];
            position = equals + 1;
            var value = new StringBuilder();
            var quoted = position < text.Length && text[position] == '"';
            if (quoted)
            {
                position++;
            }
            while (position < text.Length && (quoted ? text[position] != '"' : !char.IsWhiteSpace(text[position])))
            {
                value.Append(text[position++]);
            }
            position += quoted ? 1 : 0;
            yield return (key, value.ToString());
        }
    }

    private static string[] ExecForm(string json) => JsonSerializer.Deserialize<string[]>(json)
        ?? throw new InvalidOperationException($"not an exec-form array: {json}");
}
