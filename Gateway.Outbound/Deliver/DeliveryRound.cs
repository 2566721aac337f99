using Gateway.Core.Ledger;
using Gateway.Core.Telemetry;
using Gateway.Transport.Delivery;
using Gateway.Transport.Sftp.Errors;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// The uploads of one delivery round, spread over the account's sessions by case: every message of a case goes over
/// the same session in the round's (creation) order, so the order per case holds however many sessions there are.
/// A session stops a case at its first failure (the case's later messages are not attempted) and stops altogether
/// when any session finds the partner unreachable. Nothing is written to the ledger here: the caller records the
/// outcomes, in creation order, in one commit.
/// </summary>
internal static class DeliveryRound
{
    /// <summary>What happened to one message: delivered, failed (<see cref="Error"/>), or neither (not attempted).</summary>
    public readonly record struct Outcome(bool Delivered, Exception? Error);

    /// <exception cref="Exception">An upload failed with something other than a delivery, I/O or transport failure (a gateway fault).</exception>
    public static async Task<Outcome[]> UploadAsync(IReadOnlyList<IDeliveryTarget> sessions, IReadOnlyList<LedgerMessage> round, CancellationToken cancellationToken)
    {
        var outcomes = new Outcome[round.Count];
        var lanes = Partition(round, sessions.Count);
        var stop = new StrongBox();
        await Task.WhenAll(lanes.Select((lane, i) => lane.Count == 0
            ? Task.CompletedTask
            : UploadLaneAsync(sessions[i], round, lane, outcomes, stop, cancellationToken))).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>Message indexes per session: each case to one session, new cases to the session with the fewest messages so far.</summary>
    private static List<int>[] Partition(IReadOnlyList<LedgerMessage> round, int sessions)
    {
        var lanes = Enumerable.Range(0, sessions).Select(_ => new List<int>()).ToArray();
        var laneOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < round.Count; i++)
        {
            if (!laneOf.TryGetValue(round[i].CaseKey, out var lane))
            {
                lane = 0;
                for (var l = 1; l < lanes.Length; l++)
                {
                    lane = lanes[l].Count < lanes[lane].Count ? l : lane;
                }
                laneOf[round[i].CaseKey] = lane;
            }
            lanes[lane].Add(i);
        }
        return lanes;
    }

    private static async Task UploadLaneAsync(IDeliveryTarget target, IReadOnlyList<LedgerMessage> round, List<int> lane, Outcome[] outcomes,
        StrongBox stop, CancellationToken cancellationToken)
    {
        // a session runs on the thread pool, so one session's synchronous transport calls do not hold up the others
        await Task.Yield();
        var stalled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in lane)
        {
            var message = round[index];
            if (Volatile.Read(ref stop.Unreachable) || stalled.Contains(message.CaseKey))
            {
                continue;
            }
            using var span = GatewayTelemetry.Start("gateway.deliver", ("gateway.account", message.Account), ("gateway.message.id", message.MessageId),
                ("gateway.message.type", message.MessageType), ("gateway.message.attempt", message.Attempts + 1));
            try
            {
                await target.DeliverAsync(message.FileName, BodyCompression.Decompress(message.Body, message.BodyLength), cancellationToken).ConfigureAwait(false);
                outcomes[index] = new Outcome(true, null);
            }
            catch (Exception e) when (PartnerUnreachable.Is(e))
            {
                outcomes[index] = new Outcome(false, e);
                Volatile.Write(ref stop.Unreachable, true);
                return;
            }
            catch (Exception e) when (e is DeliveryFailureException or IOException or UnauthorizedAccessException || IsTransportFailure(e))
            {
                span.Failed(e);
                outcomes[index] = new Outcome(false, e);
                stalled.Add(message.CaseKey);
            }
        }
    }

    /// <summary>Transport libraries' own exception types (SFTP) count as transient transport failures.</summary>
    private static bool IsTransportFailure(Exception e) => e.GetType().Namespace?.StartsWith("Gateway.Transport", StringComparison.Ordinal) == true;

    private sealed class StrongBox
    {
        public bool Unreachable;
    }
}
