using System.Data.Common;
using Gateway.Host.Mapping.Sequencing;
using Gateway.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Host.Ledger;

/// <summary>
/// Case sequence numbers (VrzmgvlVnrMld) in the ledger's <c>CaseSequences</c> table, issued inside the caller's
/// transaction: the numbers and the messages that carry them commit together, so a rolled-back conversion leaves no
/// gap in a case's chain, and a committed number is never issued again (one atomic upsert per number).
/// </summary>
public sealed class DatabaseCaseSequenceStore(GatewayDbContext context) : ICaseSequenceStore
{
    public async Task<int> LastAsync(string caseKey, CancellationToken cancellationToken)
    {
        var (account, caseId) = Split(caseKey);
        return await context.CaseSequences.Where(c => c.Account == account && c.CaseKey == caseId)
            .Select(c => (int?)c.Last).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? 0;
    }

    public async Task<int> NextAsync(string caseKey, CancellationToken cancellationToken)
    {
        var (account, caseId) = Split(caseKey);
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "CaseSequences" ("Account","CaseKey","Last") VALUES (@a,@c,1)
            ON CONFLICT ("Account","CaseKey") DO UPDATE SET "Last" = "CaseSequences"."Last" + 1
            RETURNING "Last"
            """;
        Add(command, "a", account);
        Add(command, "c", caseId);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Keys are "account|VrzmgvlId" (see <see cref="CaseKeys"/>).</summary>
    private static (string Account, string CaseId) Split(string caseKey)
    {
        var bar = caseKey.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? ("", caseKey) : (caseKey[..bar], caseKey[(bar + 1)..]);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
