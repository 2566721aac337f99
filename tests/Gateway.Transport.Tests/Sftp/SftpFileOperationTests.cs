using System.Security.Cryptography;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Sftp;

[Collection(SshdTests.Name)]
public sealed class SftpFileOperationTests(SshdServer sshd)
{
    [RequiresSshdTheory, BothClients]
    public async Task A_file_over_one_megabyte_round_trips_byte_for_byte_in_chunks(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "roundtrip");
        var content = RandomNumberGenerator.GetBytes(1_500_000 + 17); // 46 chunks of 32 KiB and a tail
        var path = $"{folder}/big.bin";

        var written = await connection.UploadAsync(path, new MemoryStream(content));
        using var copy = new MemoryStream();
        var read = await connection.DownloadAsync(path, copy);

        Assert.Equal(content.Length, written);
        Assert.Equal(content.Length, read);
        Assert.Equal(content, copy.ToArray());
        Assert.Equal(content, await File.ReadAllBytesAsync(sshd.LocalPath(path)));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_download_told_the_listed_size_reads_the_whole_file_and_reports_one_that_grew(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "listed");
        var small = RandomNumberGenerator.GetBytes(4_000);
        var large = RandomNumberGenerator.GetBytes(3 * 32 * 1024 + 5);
        var chunked = RandomNumberGenerator.GetBytes(2 * 32 * 1024);
        await connection.UploadAsync($"{folder}/small.bin", new MemoryStream(small));
        await connection.UploadAsync($"{folder}/large.bin", new MemoryStream(large));
        await connection.UploadAsync($"{folder}/chunked.bin", new MemoryStream(chunked));
        await connection.UploadAsync($"{folder}/empty.bin", new MemoryStream());

        async Task ReadsAsync(string name, long listed, byte[] expected)
        {
            using var copy = new MemoryStream();
            var read = await connection.DownloadAsync($"{folder}/{name}", copy, listed);
            Assert.Equal(expected.Length, read);
            Assert.Equal(expected, copy.ToArray());
        }

        await ReadsAsync("small.bin", small.Length, small);
        await ReadsAsync("large.bin", large.Length, large);
        await ReadsAsync("chunked.bin", chunked.Length, chunked);
        await ReadsAsync("empty.bin", 0, []);
        // listed smaller than it is now (it grew after the listing): every byte is read, the caller sees more than listed
        await ReadsAsync("small.bin", 1_000, small);
        await ReadsAsync("large.bin", 32 * 1024, large);
    }

    [RequiresSshdTheory, BothClients]
    public async Task Listing_reports_names_sizes_mtimes_and_kinds(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "listing");
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);
        await connection.UploadAsync($"{folder}/a.xml", new MemoryStream(new byte[4096]));
        await connection.UploadAsync($"{folder}/b.xml", new MemoryStream(new byte[10]));
        await connection.CreateDirectoryAsync($"{folder}/sub");

        var entries = (await connection.ListAsync(folder)).OrderBy(e => e.Name).ToList();

        Assert.Equal(["a.xml", "b.xml", "sub"], entries.Select(e => e.Name));
        Assert.Equal([4096L, 10L], entries.Where(e => e.IsFile).Select(e => e.Size));
        Assert.True(entries[2].IsDirectory);
        Assert.All(entries, e => Assert.InRange(e.LastModified, before, DateTimeOffset.UtcNow.AddSeconds(2)));
        Assert.Equal($"{folder}/a.xml", entries[0].Path);
        var stat = await connection.GetEntryAsync($"{folder}/a.xml");
        Assert.Equal(("a.xml", 4096L, entries[0].LastModified), (stat.Name, stat.Size, stat.LastModified));
        Assert.Null(await connection.TryGetEntryAsync($"{folder}/missing.xml"));
    }

    [RequiresSshdTheory, BothClients]
    public async Task Rename_refuses_an_existing_target_unless_overwriting_by_delete_then_rename(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "rename");
        await connection.UploadAsync($"{folder}/old.xml", new MemoryStream("old"u8.ToArray()));
        await connection.UploadAsync($"{folder}/new.xml", new MemoryStream("new"u8.ToArray()));

        var refused = await Assert.ThrowsAsync<SftpException>(() => connection.RenameAsync($"{folder}/new.xml", $"{folder}/old.xml"));
        await connection.RenameAsync($"{folder}/new.xml", $"{folder}/old.xml", overwrite: true);

        Assert.Equal(SftpStatus.Failure, refused.Status);
        Assert.Contains($"{folder}/new.xml -> {folder}/old.xml", refused.Message);
        Assert.Equal("new", await File.ReadAllTextAsync(sshd.LocalPath($"{folder}/old.xml")));
        Assert.False(File.Exists(sshd.LocalPath($"{folder}/new.xml")));
    }

    [RequiresSshdTheory, BothClients]
    public async Task Delete_and_mkdir_work_and_mkdir_is_idempotent(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "delete");
        await connection.UploadAsync($"{folder}/x.xml", new MemoryStream([1]));

        await connection.DeleteAsync($"{folder}/x.xml");
        await connection.CreateDirectoryAsync($"{folder}/archive");
        await connection.CreateDirectoryAsync($"{folder}/archive");
        await connection.DeleteDirectoryAsync($"{folder}/archive");

        Assert.Empty(await connection.ListAsync(folder));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_missing_remote_folder_is_reported_with_path_status_and_server_text_and_the_connection_stays_usable(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);

        var listing = await Assert.ThrowsAsync<SftpException>(() => connection.ListAsync("/upload/no-such-folder"));
        var upload = await Assert.ThrowsAsync<SftpException>(() => connection.UploadAsync("/upload/no-such-folder/x.xml", new MemoryStream([1])));
        var denied = await Assert.ThrowsAsync<SftpException>(() => connection.UploadAsync("/not-writable.xml", new MemoryStream([1])));

        Assert.Equal(SftpStatus.NoSuchFile, listing.Status);
        Assert.True(listing.IsNotFound);
        Assert.Contains("SFTP list '/upload/no-such-folder'", listing.Message);
        Assert.Contains("no such file", listing.Message);
        Assert.Contains(client == SftpClientKind.LibSsh ? "libssh: SFTP server:" : "SSH.NET: SFTP server:", listing.Message);
        Assert.Equal(SftpStatus.NoSuchFile, upload.Status);
        Assert.Equal(SftpStatus.PermissionDenied, denied.Status);
        Assert.True(connection.IsUsable);
        Assert.NotEmpty(await connection.ListAsync("/"));
    }

    [RequiresSshdTheory, BothClients]
    public async Task Concurrent_calls_on_one_connection_all_succeed(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "concurrent");
        var files = Enumerable.Range(0, 40).Select(i => (Name: $"{folder}/f{i:D2}.bin", Content: RandomNumberGenerator.GetBytes(50_000 + i))).ToList();

        await Task.WhenAll(files.Select(f => connection.UploadAsync(f.Name, new MemoryStream(f.Content))));
        var copies = await Task.WhenAll(files.Select(async f =>
        {
            using var copy = new MemoryStream();
            await connection.DownloadAsync(f.Name, copy);
            return copy.ToArray();
        }));

        Assert.Equal(files.Select(f => f.Content), copies);
    }

    [RequiresSshdTheory, BothClients]
    public async Task Cancelling_between_chunks_stops_the_upload_and_keeps_the_connection_usable(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "cancel");
        using var cancel = new CancellationTokenSource();
        var content = new TriggerStream(new byte[1_000_000], triggerAt: 200_000, cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.UploadAsync($"{folder}/cancelled.bin", content, cancel.Token));

        Assert.True(connection.IsUsable);
        Assert.InRange((await connection.GetEntryAsync($"{folder}/cancelled.bin")).Size, 200_000, 999_999);
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_cut_connection_fails_fast_as_transient_and_marks_the_connection_unusable(SftpClientKind client)
    {
        var connection = await sshd.ConnectAsync(client);
        await using (connection)
        {
            await SshdSessions.KillAllAsync(sshd);

            var error = await Assert.ThrowsAsync<SftpConnectionException>(() => connection.ListAsync("/"));
            var next = await Assert.ThrowsAsync<SftpConnectionException>(() => connection.ListAsync("/"));

            Assert.True(error.IsTransient);
            Assert.False(connection.IsUsable);
            Assert.Contains("no longer usable", next.Message);
        }
    }
}
