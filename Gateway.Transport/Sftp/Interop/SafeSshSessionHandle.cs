namespace Gateway.Transport.Sftp.Interop;

/// <summary>ssh_session: disconnects (SSH_MSG_DISCONNECT when still connected) and frees.</summary>
internal sealed class SafeSshSessionHandle : SafeLibSshHandle
{
    protected override bool Free(nint value)
    {
        LibSsh.Session.Disconnect(value);
        LibSsh.Session.Free(value);
        return true;
    }
}
