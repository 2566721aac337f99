namespace Gateway.Transport.Sftp.Errors;

/// <summary>SFTP status codes (SSH_FX_*) a server answers a failed request with.</summary>
public enum SftpStatus
{
    Ok = 0,
    EndOfFile = 1,
    NoSuchFile = 2,
    PermissionDenied = 3,
    Failure = 4,
    BadMessage = 5,
    NoConnection = 6,
    ConnectionLost = 7,
    OperationUnsupported = 8,
    InvalidHandle = 9,
    NoSuchPath = 10,
    FileAlreadyExists = 11,
    WriteProtect = 12,
    NoMedia = 13,
}
