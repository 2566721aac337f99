using Gateway.Transport.Delivery;
using Gateway.Transport.Files;

namespace Gateway.Transport.Tests.Delivery;

/// <summary>The one delivery writer into a local folder (hosted outboxes, folder accounts), as the service uses it.</summary>
public sealed class FolderDeliveryTests : IDisposable
{
    private readonly string _outbox = Directory.CreateTempSubdirectory("gateway-outbox-").FullName;

    public void Dispose() => Directory.Delete(_outbox, recursive: true);

    [Fact]
    public async Task Writes_atomically_with_group_readable_mode_and_is_idempotent()
    {
        var folder = new LocalFolderFileSystem(_outbox);
        var content = "<Verzuimmeldingen/>"u8.ToArray();

        var first = await new FileDelivery().DeliverAsync(folder, "", "VZ_B1.xml", content);
        var again = await new FileDelivery().DeliverAsync(folder, "", "VZ_B1.xml", content);

        Assert.Equal(DeliveryOutcome.Delivered, first);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, again);
        Assert.Equal(["VZ_B1.xml"], Directory.GetFiles(_outbox).Select(Path.GetFileName));
        Assert.Equal("<Verzuimmeldingen/>", await File.ReadAllTextAsync(Path.Combine(_outbox, "VZ_B1.xml")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite,
            File.GetUnixFileMode(Path.Combine(_outbox, "VZ_B1.xml")));
    }

    [Fact]
    public async Task A_different_file_under_the_final_name_is_left_alone_even_with_the_same_size()
    {
        await File.WriteAllTextAsync(Path.Combine(_outbox, "VZ_B1.xml"), "someone else's");

        var refused = await Assert.ThrowsAsync<DeliveryConflictException>(() =>
            new FileDelivery().DeliverAsync(new LocalFolderFileSystem(_outbox), "", "VZ_B1.xml", "ours, the same"u8.ToArray()));

        Assert.Equal("VZ_B1.xml", refused.Path);
        Assert.Equal("someone else's", await File.ReadAllTextAsync(Path.Combine(_outbox, "VZ_B1.xml")));
        Assert.Single(Directory.GetFiles(_outbox));
    }

    [Fact]
    public async Task The_service_target_turns_a_conflict_into_a_permanent_failure_and_reuses_its_folder()
    {
        await using var target = TransferFolderTarget.LocalFolder(Path.Combine(_outbox, "new"));
        await target.DeliverAsync("DV_B2.xml", new byte[] { 1, 2 }, default);
        await target.DeliverAsync("DV_B2.xml", new byte[] { 1, 2 }, default);

        var failure = await Assert.ThrowsAsync<DeliveryFailureException>(() => target.DeliverAsync("DV_B2.xml", new byte[] { 3, 4 }, default));

        Assert.False(failure.Transient);
        Assert.IsType<DeliveryConflictException>(failure.InnerException);
        Assert.Equal([1, 2], await File.ReadAllBytesAsync(Path.Combine(_outbox, "new", "DV_B2.xml")));
    }
}
