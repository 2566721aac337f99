using System.Collections.Concurrent;
using System.Data.Common;
using Gateway.Core.Persistence;
using Gateway.Outbound.Convert.Sequencing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Outbound.Ledger;

/// <summary>
/// Case sequence numbers (VrzmgvlVnrMld) for a batch converted before its write transaction begins, so the CPU-bound
/// mapping and validation never hold a write lock (SQLite has one for the whole file). A case's last number is read
/// once from <c>CaseSequences</c>, numbers are issued in memory, and <see cref="WriteAsync"/> stores each case's new
/// last number inside the batch's transaction with a conditional insert or update: when another issuer stored a number
/// for the case since it was read, nothing of the batch commits (<see cref="DbUpdateConcurrencyException"/>), exactly
/// as a moved conversion cursor rolls the batch back. Numbers and the messages that carry them still commit together.
/// </summary>
public sealed class StagedCaseSequenceStore(GatewayDatabase database) : ICaseSequenceStore, IAsyncDisposable
{
    private const int PreloadChunk = 500;
    private readonly ConcurrentDictionary<string, Issued> _cases = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reads = new(1, 1);
    private GatewayDbContext? _reader;

    /// <summary>Cases that got a number in this batch.</summary>
    public int IssuedCases => _cases.Values.Count(c => c.Last > c.Stored);

    /// <summary>
    /// Reads the stored last numbers of <paramref name="caseIds"/> (cases of <paramref name="scope"/>) in a few queries
    /// instead of one per case as the conversion meets them; a case read here is not read again.
    /// </summary>
    public async Task PreloadAsync(string scope, IReadOnlyCollection<string> caseIds, CancellationToken cancellationToken)
    {
        if (scope.Contains('|', StringComparison.Ordinal))
        {
            // such a key splits elsewhere (DatabaseCaseSequenceStore.Split): its cases are read one by one as before
            return;
        }
        _reader ??= database.CreateContext();
        foreach (var chunk in caseIds.Where(id => !_cases.ContainsKey(CaseKeys.For(scope, id))).Chunk(PreloadChunk))
        {
            var stored = await _reader.CaseSequences.AsNoTracking().Where(c => c.Account == scope && chunk.Contains(c.CaseKey))
                .Select(c => new { c.CaseKey, c.Last }).ToDictionaryAsync(c => c.CaseKey, c => c.Last, StringComparer.Ordinal, cancellationToken)
                .ConfigureAwait(false);
            foreach (var caseId in chunk)
            {
                _cases.TryAdd(CaseKeys.For(scope, caseId), new Issued(stored.GetValueOrDefault(caseId)));
            }
        }
    }

    public async Task<int> LastAsync(string caseKey, CancellationToken cancellationToken) =>
        Volatile.Read(ref (await CaseAsync(caseKey, cancellationToken).ConfigureAwait(false)).Last);

    public async Task<bool> TryIssueAsync(string caseKey, int number, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var issued = await CaseAsync(caseKey, cancellationToken).ConfigureAwait(false);
        return Interlocked.CompareExchange(ref issued.Last, number, number - 1) == number - 1;
    }

    /// <summary>Stores every case's new last number in <paramref name="context"/>'s current transaction.</summary>
    /// <exception cref="DbUpdateConcurrencyException">A case was numbered by another issuer since it was read.</exception>
    public async Task WriteAsync(GatewayDbContext context, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        foreach (var (caseKey, issued) in _cases)
        {
            if (issued.Last <= issued.Stored)
            {
                continue;
            }
            var (account, caseId) = DatabaseCaseSequenceStore.Split(caseKey);
            await using var command = connection.CreateCommand();
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = issued.Stored == 0
                ? """INSERT INTO "CaseSequences" ("Account","CaseKey","Last") VALUES (@a,@c,@n) ON CONFLICT ("Account","CaseKey") DO NOTHING"""
                : """UPDATE "CaseSequences" SET "Last" = @n WHERE "Account" = @a AND "CaseKey" = @c AND "Last" = @p""";
            Add(command, "a", account);
            Add(command, "c", caseId);
            Add(command, "n", issued.Last);
            Add(command, "p", issued.Stored);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new DbUpdateConcurrencyException($"case sequence {caseKey} was numbered by another issuer during this batch");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_reader is not null)
        {
            await _reader.DisposeAsync().ConfigureAwait(false);
        }
        _reads.Dispose();
    }

    private async Task<Issued> CaseAsync(string caseKey, CancellationToken cancellationToken)
    {
        if (_cases.TryGetValue(caseKey, out var known))
        {
            return known;
        }
        await _reads.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cases.TryGetValue(caseKey, out known))
            {
                return known;
            }
            var (account, caseId) = DatabaseCaseSequenceStore.Split(caseKey);
            _reader ??= database.CreateContext();
            var stored = await _reader.CaseSequences.AsNoTracking().Where(c => c.Account == account && c.CaseKey == caseId)
                .Select(c => (int?)c.Last).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? 0;
            var issued = new Issued(stored);
            _cases[caseKey] = issued;
            return issued;
        }
        finally
        {
            _reads.Release();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The number stored when the case was read, and the last one issued in this batch.</summary>
    private sealed class Issued(int stored)
    {
        public readonly int Stored = stored;
        public int Last = stored;
    }
}
