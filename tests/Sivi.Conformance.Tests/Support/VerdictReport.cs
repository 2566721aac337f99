using System.Text;

namespace Sivi.Conformance.Tests.Support;

/// <summary>
/// Formats corpus entries whose verdicts are wrong as a failure message: per entry its kind, release/type, path,
/// document name, the mutation applied, and the verdicts (with first errors) under both schema sets.
/// </summary>
internal static class VerdictReport
{
    private static readonly int MaxListed = 60;

    /// <param name="under">The schema sets whose verdicts to show.</param>
    public static string Describe(string headline, IReadOnlyCollection<CorpusEntry> entries, int checkedCount, params SchemaOrigin[] under)
    {
        var text = new StringBuilder()
            .Append(headline).Append(": ").Append(entries.Count).Append(" of ").Append(checkedCount).AppendLine(" documents");
        foreach (var entry in entries.Take(MaxListed))
        {
            text.Append("  ").AppendLine(entry.ToString());
            foreach (var origin in under)
            {
                text.Append("      ").Append(origin == SchemaOrigin.Official ? "official: " : "ours:     ")
                    .AppendLine(entry.VerdictUnder(origin).ToString());
            }
        }
        if (entries.Count > MaxListed)
        {
            text.Append("  ... and ").Append(entries.Count - MaxListed).AppendLine(" more");
        }
        return text.ToString();
    }
}
