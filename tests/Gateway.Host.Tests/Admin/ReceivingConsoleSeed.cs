using Gateway.Core.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Tests;

/// <summary>
/// The receiving console's data on an <see cref="AdminServer"/> started with the receiving role: a file held while
/// <c>partner-in</c> is blocked from the start and discarded at its restart, then a file processed (its case open, with
/// a classification) and one refused (unknown case). Each carries the employee's BSN.
/// </summary>
internal sealed record ReceivingConsoleSeed(ReceivedFileOutcome Discarded, ReceivedFileOutcome Processed, ReceivedFileOutcome Refused)
{
    public static async Task<ReceivingConsoleSeed> CreateAsync(AdminServer server)
    {
        var discarded = await server.ReceiveAsync("VZ_1.xml", WithBsn(ReceivingMessages.Absence("CASE-1", 1)));
        await server.Services.GetRequiredService<AccountControl>().RestartAsync("partner-in", PendingChoice.Discard, "fb", "test batch", default);
        var processed = await server.ReceiveAsync("VZ_2.xml", WithBsn(ReceivingMessages.Absence("CASE-2", 1)));
        var refused = await server.ReceiveAsync("VZ_3.xml", WithBsn(ReceivingMessages.Absence("CASE-9", 2, "02")));
        return new ReceivingConsoleSeed(discarded, processed, refused);
    }

    private static byte[] WithBsn(Sivi.Messages.Model.Verzuimmeldingen message)
    {
        message.Wrkgvr[0].Wrknmr[0].SofiNr = AdminSeed.Bsn;
        return ReceivingMessages.Bytes(message);
    }
}
