namespace Gateway.Transport.Sftp.Interop;

/// <summary>sftp_session: the SFTP channel on an SSH session; keeps that session alive until freed.</summary>
internal sealed class SafeSftpSessionHandle : SafeLibSshHandle
{
    protected override bool Free(nint value)
    {
        LibSsh.Sftp.Free(value);
        return true;
    }
}
