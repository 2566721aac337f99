namespace Gateway.Transport.Files;

/// <summary>Disposal of a file system whose implementation may hold a connection (SFTP) or nothing (a local folder).</summary>
public static class TransferFileSystems
{
    public static async ValueTask DisposeAsync(ITransferFileSystem? files)
    {
        switch (files)
        {
            case IAsyncDisposable disposable:
                await disposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
            default:
                break;
        }
    }
}
