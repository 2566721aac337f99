using Gateway.Transport.Sftp.Errors;

namespace Gateway.Transport.Files;

/// <summary>Classifies the exceptions of the <see cref="ITransferFileSystem"/> implementations alike.</summary>
public static class FileSystemErrors
{
    /// <summary>Whether the failure means the path (or its directory) does not exist.</summary>
    public static bool IsNotFound(Exception exception) => exception switch
    {
        SftpException sftp => sftp.IsNotFound,
        FileNotFoundException or DirectoryNotFoundException => true,
        _ => false,
    };
}
