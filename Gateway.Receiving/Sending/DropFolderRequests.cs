using System.Text.Json.Nodes;
using Gateway.Core.PartnerSending;
using Gateway.Core.Persistence;
using Gateway.Receiving.Accounts;
using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Sending;

/// <summary>
/// Takes a receiving account's drop folder (<see cref="ReceivingSendOptions.DropFolder"/>): each <c>&lt;name&gt;.json</c>
/// is a <see cref="SendRequest"/>; a Documenten request takes the one other file named <c>&lt;name&gt;.*</c> as its
/// document (its name is the request's fileName unless the request gives one). A request is stored, then its files
/// move to <c>taken/</c>; one that cannot be read moves to <c>refused/</c> with a <c>.error.txt</c> saying why.
/// </summary>
public sealed class DropFolderRequests(GatewayDatabase database, TimeProvider clock, ILogger logger)
{
    public async Task<int> TakeAsync(ReceivingAccount account, CancellationToken cancellationToken)
    {
        var folder = account.Options.Sending.DropFolder;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return 0;
        }
        var taken = 0;
        foreach (var sidecar in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var companions = Directory.GetFiles(folder, Path.GetFileNameWithoutExtension(sidecar) + ".*").Where(f => f != sidecar).ToList();
            try
            {
                var json = JsonNode.Parse(await File.ReadAllTextAsync(sidecar, cancellationToken).ConfigureAwait(false)) as JsonObject
                    ?? throw new SendRequestException("the request is not a JSON object");
                var request = SendRequest.Parse(json.ToJsonString());
                byte[]? document = null;
                if (request.Type == "Documenten")
                {
                    var file = companions.Count == 1 ? companions[0]
                        : throw new SendRequestException(companions.Count == 0 ? "no document beside the request" : "more than one file beside the request");
                    document = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                    if (request.FileName is null)
                    {
                        json["fileName"] = Path.GetFileName(file);
                    }
                }
                await using (var context = database.CreateContext())
                {
                    context.OutgoingPartnerMessages.Add(new OutgoingPartnerMessage
                    {
                        Account = account.Name,
                        MessageType = request.Type!,
                        Request = json.ToJsonString(),
                        Attachment = document,
                        Origin = "drop:" + Path.GetFileName(sidecar),
                        State = OutgoingState.Requested,
                        CreatedUtc = clock.GetUtcNow().UtcDateTime,
                    });
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                Move(folder, "taken", [sidecar, .. companions]);
                taken++;
            }
            catch (Exception e) when (e is SendRequestException or System.Text.Json.JsonException)
            {
                var reason = e is SendRequestException ? e.Message : "the request is not valid JSON";
                SendLog.Refused(logger, account.Name, Path.GetFileName(sidecar), reason);
                Move(folder, "refused", [sidecar, .. companions]);
                await File.WriteAllTextAsync(Path.Combine(folder, "refused", Path.GetFileName(sidecar) + ".error.txt"), reason + Environment.NewLine, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        return taken;
    }

    private static void Move(string folder, string into, IEnumerable<string> files)
    {
        var target = Directory.CreateDirectory(Path.Combine(folder, into)).FullName;
        foreach (var file in files)
        {
            File.Move(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }
}
