using System.Runtime.CompilerServices;
using Gateway.Afas.Changes;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;

namespace Gateway.Afas.Sync;

/// <summary>
/// The rows of one pull (one or more queries) as <see cref="SourceRecord"/>s for change detection: rows of
/// employers that are not active are left out, rejected rows become uitval and keep their last state. What was
/// left out or rejected is counted here for the pull's record.
/// </summary>
public sealed class GatedRecordReader<TRow>(AfasConnectorClient client, ActivationGate gate) where TRow : class, IAfasRow<TRow>
{
    private readonly List<AfasRowError> _rejected = [];
    private readonly Dictionary<string, string?> _employers = new(StringComparer.Ordinal);

    /// <summary>Rows that could not be read, with connector, key (when readable), field and reason.</summary>
    public IReadOnlyList<AfasRowError> Rejected => _rejected;

    /// <summary>Rows of employers that are not (yet) active.</summary>
    public int SkippedInactive { get; private set; }

    /// <summary>A rejected row had no readable key: the pull cannot tell which record it was, so it infers no deletions.</summary>
    public bool HasKeylessRejection { get; private set; }

    /// <summary>Werkgevers pulls: every employer seen (code → name), active or not, for the activation list.</summary>
    public IReadOnlyDictionary<string, string?> EmployersSeen => _employers;

    public async IAsyncEnumerable<SourceRecord> ReadAsync(IReadOnlyList<AfasQuery<TRow>> queries,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var query in queries)
        {
            await foreach (var result in client.ReadRowsAsync(query, cancellationToken).ConfigureAwait(false))
            {
                if (result.Row is not { } row)
                {
                    var key = Reject(result.Errors);
                    if (key is not null)
                    {
                        yield return SourceRecord.UnreadableRow(key);
                    }
                    continue;
                }
                var (employer, subject) = RecordOwners.Of(row);
                if (row is WerkgeverRow werkgever)
                {
                    _employers[werkgever.Werkgeverscode] = werkgever.Werkgeversnaam;
                }
                employer = gate.EmployerOf(TRow.ConnectorId, employer, subject);
                if (!gate.Admits(TRow.ConnectorId, employer))
                {
                    SkippedInactive++;
                    continue;
                }
                yield return new SourceRecord(row.Key.Value, employer, subject, SourceRecordFields.From(row));
            }
        }
    }

    private string? Reject(IReadOnlyList<AfasRowError> errors)
    {
        _rejected.AddRange(errors);
        var key = errors.Select(e => e.RecordKey).FirstOrDefault(k => k is not null);
        if (key is null)
        {
            HasKeylessRejection = true;
        }
        return key?.Value;
    }
}
