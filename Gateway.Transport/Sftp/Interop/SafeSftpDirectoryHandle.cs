namespace Gateway.Transport.Sftp.Interop;

/// <summary>sftp_dir: an open remote directory listing.</summary>
internal sealed class SafeSftpDirectoryHandle : SafeLibSshHandle
{
    protected override bool Free(nint value) => LibSsh.SftpDirectory.Close(value) == LibSsh.Ok;
}
