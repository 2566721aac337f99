using System.Linq.Expressions;
using Gateway.Admin.Masking;
using Gateway.Core.Ledger;

namespace Gateway.Admin.Data;

/// <summary>A ledger message as read for lists: every column but the body.</summary>
internal sealed record MessageRow(
    long Id,
    Guid MessageId,
    string Account,
    string MessageType,
    string Release,
    string CaseKey,
    string Berrefnr,
    string FileName,
    LedgerState State,
    int Attempts,
    DateTime CreatedUtc,
    DateTime StateChangedUtc,
    DateTime? DeliveredUtc,
    DateTime? AcknowledgedUtc,
    string? LastError)
{
    public static readonly Expression<Func<LedgerMessage, MessageRow>> Projection = m => new MessageRow(
        m.Id, m.MessageId, m.Account, m.MessageType, m.Release, m.CaseKey, m.Berrefnr, m.FileName, m.State, m.Attempts,
        m.CreatedUtc, m.StateChangedUtc, m.DeliveredUtc, m.AcknowledgedUtc, m.LastError);

    public static readonly Func<LedgerMessage, MessageRow> FromEntity = Projection.Compile();

    public MessageSummary ToSummary(bool masked) => new(
        Id, MessageId, Account, MessageType, Release, PersonalDataMask.Identifier(CaseKey, masked)!, Berrefnr, FileName, State.ToString(), Attempts,
        Utc.Of(CreatedUtc), Utc.Of(StateChangedUtc), Utc.Of(DeliveredUtc), Utc.Of(AcknowledgedUtc), PersonalDataMask.Text(LastError, masked));
}
