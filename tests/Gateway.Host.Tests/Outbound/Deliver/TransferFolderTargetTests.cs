using Gateway.Transport.Delivery;
using Gateway.Transport.Files;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary>The SFTP writer's rules, on a local folder (the same <see cref="ITransferFileSystem"/> contract: renames never overwrite).</summary>
public sealed class TransferFolderTargetTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gateway-transfer-target-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private TransferFolderTarget Target() => new(_ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(_root)), "/");

    [Fact]
    public async Task Delivers_under_the_final_name_and_leaves_no_temporary_file()
    {
        await using var target = Target();

        await target.DeliverAsync("VZ_1.xml", "<a/>"u8.ToArray(), default);

        Assert.Equal(["VZ_1.xml"], Directory.GetFiles(_root).Select(Path.GetFileName));
        Assert.Equal("<a/>", await File.ReadAllTextAsync(Path.Combine(_root, "VZ_1.xml")));
    }

    [Fact]
    public async Task A_retry_of_a_delivered_file_succeeds_without_a_second_copy_or_a_left_over_temporary_file()
    {
        await using var target = Target();
        await target.DeliverAsync("VZ_2.xml", "<same/>"u8.ToArray(), default);

        await target.DeliverAsync("VZ_2.xml", "<same/>"u8.ToArray(), default);

        Assert.Equal(["VZ_2.xml"], Directory.GetFiles(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Another_file_under_the_final_name_is_refused_for_good_and_left_untouched()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "VZ_3.xml"), "<theirs/>");
        await using var target = Target();

        var refused = await Assert.ThrowsAsync<DeliveryFailureException>(() => target.DeliverAsync("VZ_3.xml", "<ours!/>"u8.ToArray(), default));

        Assert.False(refused.Transient);
        Assert.Contains("VZ_3.xml already exists at the receiver with other content", refused.Message);
        Assert.Equal("<theirs/>", await File.ReadAllTextAsync(Path.Combine(_root, "VZ_3.xml")));
        Assert.Equal(["VZ_3.xml"], Directory.GetFiles(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_body_that_is_a_slice_of_a_larger_buffer_is_sent_exactly()
    {
        var buffer = "xx<slice/>yy"u8.ToArray();
        await using var target = Target();

        await target.DeliverAsync("VZ_4.xml", buffer.AsMemory(2, 8), default);

        Assert.Equal("<slice/>", await File.ReadAllTextAsync(Path.Combine(_root, "VZ_4.xml")));
    }
}
