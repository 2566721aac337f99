using System.Data.Common;
using Gateway.Core.Persistence;
using Gateway.Outbound.Convert.Sequencing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Outbound.Ledger;

/// <summary>
/// Case sequence numbers (VrzmgvlVnrMld) in the ledger's <c>CaseSequences</c> table, issued inside the caller's
/// transaction: the numbers and the messages that carry them commit together, so a rolled-back conversion leaves no
/// gap in a case's chain, and a committed number is never issued again (one conditional insert or update per number:
/// only the issuer that finds the number before it as the last one gets it).
/// </summary>
public sealed class DatabaseCaseSequenceStore(GatewayDbContext context) : ICaseSequenceStore
{
    public async Task<int> LastAsync(string caseKey, CancellationToken cancellationToken)
    {
        var (account, caseId) = Split(caseKey);
        return await context.CaseSequences.Where(c => c.Account == account && c.CaseKey == caseId)
            .Select(c => (int?)c.Last).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? 0;
    }

    public async Task<bool> TryIssueAsync(string caseKey, int number, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var (account, caseId) = Split(caseKey);
        var connection = context.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = number == 1
            ? """INSERT INTO "CaseSequences" ("Account","CaseKey","Last") VALUES (@a,@c,1) ON CONFLICT ("Account","CaseKey") DO NOTHING"""
            : """UPDATE "CaseSequences" SET "Last" = @n WHERE "Account" = @a AND "CaseKey" = @c AND "Last" = @p""";
        Add(command, "a", account);
        Add(command, "c", caseId);
        Add(command, "n", number);
        Add(command, "p", number - 1);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Keys are "account|VrzmgvlId" (see <see cref="CaseKeys"/>).</summary>
    internal static (string Account, string CaseId) Split(string caseKey)
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
