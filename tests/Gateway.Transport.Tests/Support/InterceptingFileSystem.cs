using Gateway.Transport.Files;

namespace Gateway.Transport.Tests.Support;

/// <summary>
/// Passes every call to a real file system (an SFTP connection), letting a test act just before a rename, delete or
/// download — to stage races and crashes against the real server, not to fake it — or rewrite what a listing
/// returns (a server that lies about names).
/// </summary>
internal sealed class InterceptingFileSystem(ITransferFileSystem inner) : ITransferFileSystem
{
    /// <summary>Runs before each listing with the 1-based number of that listing.</summary>
    public Func<int, Task>? BeforeList { get; init; }

    /// <summary>Rewrites each listing the real server returned.</summary>
    public Func<IReadOnlyList<FileEntry>, IReadOnlyList<FileEntry>>? AfterList { get; init; }

    public Func<string, string, Task>? BeforeRename { get; init; }

    public Func<string, Task>? BeforeDelete { get; init; }

    public Func<string, Task>? BeforeDownload { get; init; }

    public string Description => inner.Description;

    private int _listings;

    public async Task<IReadOnlyList<FileEntry>> ListAsync(string directory, CancellationToken cancellationToken = default)
    {
        var number = Interlocked.Increment(ref _listings);
        if (BeforeList is not null)
        {
            await BeforeList(number);
        }
        var listing = await inner.ListAsync(directory, cancellationToken);
        return AfterList is null ? listing : AfterList(listing);
    }

    public Task<FileEntry?> TryGetEntryAsync(string path, CancellationToken cancellationToken = default) =>
        inner.TryGetEntryAsync(path, cancellationToken);

    public Task<long> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default) =>
        inner.UploadAsync(path, content, cancellationToken);

    public async Task<long> DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default)
    {
        if (BeforeDownload is not null)
        {
            await BeforeDownload(path);
        }
        return await inner.DownloadAsync(path, destination, cancellationToken);
    }

    public async Task RenameAsync(string sourcePath, string targetPath, CancellationToken cancellationToken = default)
    {
        if (BeforeRename is not null)
        {
            await BeforeRename(sourcePath, targetPath);
        }
        await inner.RenameAsync(sourcePath, targetPath, cancellationToken);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        if (BeforeDelete is not null)
        {
            await BeforeDelete(path);
        }
        await inner.DeleteAsync(path, cancellationToken);
    }

    public Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default) =>
        inner.CreateDirectoryAsync(path, cancellationToken);
}
