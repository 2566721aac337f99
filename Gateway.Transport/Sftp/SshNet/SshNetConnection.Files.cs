using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Renci.SshNet;
using Renci.SshNet.Sftp;

namespace Gateway.Transport.Sftp.SshNet;

public sealed partial class SshNetConnection
{
    public Task<IReadOnlyList<FileEntry>> ListAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return RunAsync<IReadOnlyList<FileEntry>>("list", directory, async token =>
        {
            var files = new List<ISftpFile>();
            await foreach (var file in _client.ListDirectoryAsync(directory, token).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                _watchdog.Progress();
                files.Add(file);
            }
            return ListedEntries(directory, files);
        }, cancellationToken);
    }

    /// <summary>
    /// The entries of a listing under the names the server sent. SSH.NET keeps only the part after the last '/' as a
    /// file's Name ("../../outside.xml" becomes "outside.xml"), so the sent name is read back from FullName, which is
    /// the listed folder's path followed by it: that path is the shortest prefix up to a '/' among the entries (OpenSSH
    /// always lists "." and ".."). A name that is not a plain file name (<see cref="RemoteName.Problem"/>) is data,
    /// never a path: its entry is of kind <see cref="FileEntryKind.Other"/>, so nothing takes, renames or deletes it.
    /// </summary>
    internal static List<FileEntry> ListedEntries(string directory, IReadOnlyList<ISftpFile> files)
    {
        var folder = files.Select(f => f.FullName[..(f.FullName.Length - f.Name.Length)])
            .OrderBy(prefix => prefix.Length).FirstOrDefault() ?? "";
        var entries = new List<FileEntry>();
        foreach (var file in files)
        {
            var name = file.FullName.StartsWith(folder, StringComparison.Ordinal) ? file.FullName[folder.Length..] : file.FullName;
            if (name is "." or "..")
            {
                continue;
            }
            var entry = Entry(name, TransferPath.Combine(directory, name), file.Attributes);
            entries.Add(RemoteName.IsPlain(name) ? entry : entry with { Kind = FileEntryKind.Other });
        }
        return entries;
    }

    public async Task<FileEntry?> TryGetEntryAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            return await RunAsync<FileEntry?>("stat", path, async token =>
                Entry(TransferPath.GetFileName(path), path, await _client.GetAttributesAsync(path, token).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.SftpException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    public async Task<FileEntry> GetEntryAsync(string path, CancellationToken cancellationToken = default) =>
        await TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false)
        ?? throw new Errors.SftpException(Endpoint, "stat", path, SftpStatus.NoSuchFile, clientMessage: null);

    /// <summary>
    /// Creates or truncates <paramref name="path"/> and writes <paramref name="content"/> into it; SSH.NET keeps
    /// several 32 KiB writes in flight and closes the handle (the server's verdict on the last writes) before returning.
    /// </summary>
    public async Task<long> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(content);
        var source = new TransferStream(content, cancellationToken);
        var written = new Progress<UploadFileProgressReport>(_ => _watchdog.Progress());
        await RunAsync("upload", path, token => _client.UploadFileAsync(source, path, true, written, token), cancellationToken).ConfigureAwait(false);
        SftpLog.Uploaded(_logger, Endpoint, path, source.Transferred);
        return source.Transferred;
    }

    public async Task<long> DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(destination);
        var target = new TransferStream(destination, cancellationToken, _watchdog.Progress);
        await RunAsync("download", path, token => _client.DownloadFileAsync(path, target, token), cancellationToken).ConfigureAwait(false);
        SftpLog.Downloaded(_logger, Endpoint, path, target.Transferred);
        return target.Transferred;
    }

    /// <summary>Renames without overwriting: fails when the target exists (SSH_FXP_RENAME semantics on OpenSSH).</summary>
    public Task RenameAsync(string sourcePath, string targetPath, CancellationToken cancellationToken = default) =>
        RenameAsync(sourcePath, targetPath, overwrite: false, cancellationToken);

    public async Task RenameAsync(string sourcePath, string targetPath, bool overwrite, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        ArgumentException.ThrowIfNullOrEmpty(targetPath);
        var described = $"{sourcePath} -> {targetPath}";
        try
        {
            await RunAsync("rename", described, token => _client.RenameFileAsync(sourcePath, targetPath, token), cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.SftpException e) when (overwrite && e is not SftpConnectionException)
        {
            if (await TryGetEntryAsync(targetPath, cancellationToken).ConfigureAwait(false) is null)
            {
                throw;
            }
            await RunAsync("rename (delete existing target)", targetPath, token => _client.DeleteFileAsync(targetPath, token), cancellationToken).ConfigureAwait(false);
            await RunAsync("rename", described, token => _client.RenameFileAsync(sourcePath, targetPath, token), cancellationToken).ConfigureAwait(false);
            SftpLog.ReplacedExisting(_logger, Endpoint, targetPath);
        }
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RunAsync("delete", path, token => _client.DeleteFileAsync(path, token), cancellationToken);
    }

    /// <summary>Creates a directory (its parent must exist); succeeds when a directory is already there.</summary>
    public async Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            await RunAsync("mkdir", path, token => _client.CreateDirectoryAsync(path, token), cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.SftpException e) when (e is not SftpConnectionException)
        {
            if (await TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false) is not { IsDirectory: true })
            {
                throw;
            }
        }
    }

    public Task DeleteDirectoryAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RunAsync("rmdir", path, token => _client.DeleteDirectoryAsync(path, token), cancellationToken);
    }

    private static FileEntry Entry(string name, string path, SftpFileAttributes attributes)
    {
        var kind = attributes.IsRegularFile ? FileEntryKind.File : attributes.IsDirectory ? FileEntryKind.Directory : FileEntryKind.Other;
        var modified = attributes.LastWriteTimeUtc > DateTime.UnixEpoch
            ? new DateTimeOffset(DateTime.SpecifyKind(attributes.LastWriteTimeUtc, DateTimeKind.Utc))
            : DateTimeOffset.UnixEpoch;
        return new FileEntry(name, path, Math.Max(0, attributes.Size), modified, kind);
    }
}
