using System.Security.Cryptography;
using Gateway.Transport.Delivery;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Delivery;

[Collection(SshdTests.Name)]
public sealed class SftpPushDeliveryTests(SshdServer sshd)
{
    private static string Name(string berrefnr) => $"VZ_{berrefnr}_20260202101500.xml";

    [RequiresSshdTheory, BothClients]
    public async Task Delivers_under_a_temporary_name_then_renames_so_the_final_name_never_holds_a_partial_file(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "push");
        var content = RandomNumberGenerator.GetBytes(600_000);
        var finalLocal = sshd.LocalPath($"{folder}/VZ_B100_20260202101500.xml");
        var partLocal = sshd.LocalPath($"{folder}/.VZ_B100_20260202101500.xml.part");
        var seenDuringUpload = new List<(bool Final, bool Part)>();
        var observing = new InterceptingFileSystem(connection)
        {
            // what a receiver polling the folder would see just before the publishing rename
            BeforeRename = (_, _) =>
            {
                seenDuringUpload.Add((File.Exists(finalLocal), File.Exists(partLocal)));
                return Task.CompletedTask;
            },
        };

        var result = await new FileDelivery().DeliverAsync(observing, folder, Name("B100"), content);

        Assert.Equal(DeliveryOutcome.Delivered, result);
        Assert.Equal([(false, true)], seenDuringUpload);
        Assert.Equal(content, await File.ReadAllBytesAsync(finalLocal));
        Assert.False(File.Exists(partLocal));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_retry_after_an_unknown_outcome_does_not_deliver_a_second_copy(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "retry");
        var content = "<Verzuimmeldingen>…</Verzuimmeldingen>"u8.ToArray();
        var delivery = new FileDelivery();

        var first = await delivery.DeliverAsync(connection, folder, Name("B200"), content);
        var retry = await delivery.DeliverAsync(connection, folder, Name("B200"), content);

        Assert.Equal(DeliveryOutcome.Delivered, first);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, retry);
        Assert.Equal(["VZ_B200_20260202101500.xml"], (await connection.ListAsync(folder)).Select(e => e.Name));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_connection_cut_mid_upload_leaves_no_final_file_and_the_retry_delivers_exactly_once(SftpClientKind client)
    {
        var folder = "";
        var content = RandomNumberGenerator.GetBytes(2_000_000);
        await using (var connection = await sshd.ConnectAsync(client))
        {
            folder = await sshd.NewRemoteFolderAsync(connection, "cut");
            var cut = new TriggerStream(content, triggerAt: 700_000, () => SshdSessions.KillAllAsync(sshd).GetAwaiter().GetResult());

            await Assert.ThrowsAsync<SftpConnectionException>(() => connection.UploadAsync($"{folder}/.VZ_B300_20260202101500.xml.part", cut));
            await Assert.ThrowsAsync<SftpConnectionException>(() =>
                new FileDelivery().DeliverAsync(connection, folder, Name("B300"), content));
        }
        Assert.False(File.Exists(sshd.LocalPath($"{folder}/VZ_B300_20260202101500.xml")));

        await using var again = await sshd.ConnectAsync(client);
        var retry = await new FileDelivery().DeliverAsync(again, folder, Name("B300"), content);
        var second = await new FileDelivery().DeliverAsync(again, folder, Name("B300"), content);

        Assert.Equal(DeliveryOutcome.Delivered, retry);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, second);
        Assert.Equal(["VZ_B300_20260202101500.xml"], (await again.ListAsync(folder)).Select(e => e.Name));
        Assert.Equal(content, await File.ReadAllBytesAsync(sshd.LocalPath($"{folder}/VZ_B300_20260202101500.xml")));
    }

    [RequiresSshdTheory, BothClients]
    public async Task When_the_final_name_appears_before_the_rename_the_delivery_checks_it_instead_of_failing(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "race");
        var content = "same bytes"u8.ToArray();
        var racing = new InterceptingFileSystem(connection)
        {
            // an earlier attempt whose reply was lost completes its rename right now
            BeforeRename = (_, final) => File.WriteAllBytesAsync(sshd.LocalPath(final), content),
        };

        var result = await new FileDelivery().DeliverAsync(racing, folder, Name("B400"), content);

        Assert.Equal(DeliveryOutcome.AlreadyDelivered, result);
        Assert.Equal(["VZ_B400_20260202101500.xml"], (await connection.ListAsync(folder)).Select(e => e.Name));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_different_file_under_the_final_name_is_refused_and_left_alone(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "conflict");
        await connection.UploadAsync($"{folder}/{Name("B500")}", new MemoryStream("other content!"u8.ToArray()));
        var content = "our content..."u8.ToArray(); // same size, different bytes

        var refused = await Assert.ThrowsAsync<DeliveryConflictException>(() => new FileDelivery().DeliverAsync(connection, folder, Name("B500"), content));

        Assert.Equal("other content!", await File.ReadAllTextAsync(sshd.LocalPath(refused.Path)));
        Assert.Equal([Name("B500")], (await connection.ListAsync(folder)).Select(e => e.Name));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_thousand_files_go_over_one_session(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "thousand");
        var messages = Enumerable.Range(0, 1000).Select(i => (Name: Name($"B{i:D5}"), Content: RandomNumberGenerator.GetBytes(4096))).ToList();
        var delivery = new FileDelivery();

        var outcomes = new List<DeliveryOutcome>();
        foreach (var (name, content) in messages)
        {
            outcomes.Add(await delivery.DeliverAsync(connection, folder, name, content));
        }
        var again = new List<DeliveryOutcome>();
        foreach (var (name, content) in messages.Take(10))
        {
            again.Add(await delivery.DeliverAsync(connection, folder, name, content));
        }

        Assert.All(outcomes, o => Assert.Equal(DeliveryOutcome.Delivered, o));
        Assert.All(again, o => Assert.Equal(DeliveryOutcome.AlreadyDelivered, o));
        var listing = await connection.ListAsync(folder);
        Assert.Equal(1000, listing.Count);
        Assert.All(listing, e => Assert.Equal(4096, e.Size));
        Assert.Equal(messages[999].Content, await File.ReadAllBytesAsync(sshd.LocalPath($"{folder}/VZ_B00999_20260202101500.xml")));
    }
}
