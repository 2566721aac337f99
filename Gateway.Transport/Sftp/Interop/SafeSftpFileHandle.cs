namespace Gateway.Transport.Sftp.Interop;

/// <summary>
/// sftp_file: an open remote file; closing sends SSH_FXP_CLOSE through the (kept alive) SFTP session. The server may
/// report a failed write only at close, so <see cref="ClosedCleanly"/> tells the uploader what it said.
/// </summary>
internal sealed class SafeSftpFileHandle : SafeLibSshHandle
{
    /// <summary>After Dispose: whether sftp_close returned SSH_OK.</summary>
    public bool ClosedCleanly { get; private set; }

    protected override bool Free(nint value)
    {
        ClosedCleanly = LibSsh.SftpFile.Close(value) == LibSsh.Ok;
        return ClosedCleanly;
    }
}
