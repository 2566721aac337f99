using Gateway.Transport.Delivery;
using Gateway.Transport.Hosted;

namespace Gateway.Transport.Tests.Hosted;

public sealed class LocalFolderOutboxTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(1));
    private readonly string _outbox = Directory.CreateTempSubdirectory("gateway-outbox-").FullName;

    public void Dispose() => Directory.Delete(_outbox, recursive: true);

    [Fact]
    public async Task Writes_atomically_with_group_readable_mode_and_is_idempotent()
    {
        var outbox = new LocalFolderOutbox(_outbox);
        var file = new OutgoingFile("B1", SiviFileType.Verzuimmeldingen, Created, "<Verzuimmeldingen/>"u8.ToArray());

        var first = await outbox.WriteAsync(file);
        var again = await outbox.WriteAsync(file);

        Assert.Equal(DeliveryOutcome.Delivered, first.Outcome);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, again.Outcome);
        Assert.Equal(["VZ_B1_20260105090000.xml"], Directory.GetFiles(_outbox).Select(Path.GetFileName));
        Assert.Equal("<Verzuimmeldingen/>", await File.ReadAllTextAsync(Path.Combine(_outbox, first.FileName)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite,
            File.GetUnixFileMode(Path.Combine(_outbox, first.FileName)));
    }

    [Fact]
    public async Task Reports_the_files_the_partner_removed_as_collected()
    {
        var outbox = new LocalFolderOutbox(_outbox);
        var names = new List<string>();
        foreach (var berrefnr in new[] { "B1", "B2", "B3" })
        {
            names.Add((await outbox.WriteAsync(new OutgoingFile(berrefnr, SiviFileType.Dienstverbanden, Created, new byte[] { 1, 2 }))).FileName);
        }

        File.Delete(Path.Combine(_outbox, names[1]));

        Assert.Equal([names[1]], outbox.FindCollected(names));
    }

    [Fact]
    public async Task A_different_file_under_the_final_name_is_left_alone()
    {
        var outbox = new LocalFolderOutbox(_outbox);
        var file = new OutgoingFile("B1", SiviFileType.Verzuimmeldingen, Created, "new content"u8.ToArray());
        await File.WriteAllTextAsync(Path.Combine(_outbox, "VZ_B1_20260105090000.xml"), "someone else's");

        await Assert.ThrowsAsync<DeliveryConflictException>(() => outbox.WriteAsync(file));

        Assert.Equal("someone else's", await File.ReadAllTextAsync(Path.Combine(_outbox, "VZ_B1_20260105090000.xml")));
        Assert.Single(Directory.GetFiles(_outbox));
    }
}
