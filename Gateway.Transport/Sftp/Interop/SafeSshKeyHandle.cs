namespace Gateway.Transport.Sftp.Interop;

/// <summary>ssh_key (a server public key or an imported private key); ssh_key_free wipes private parts.</summary>
internal sealed class SafeSshKeyHandle : SafeLibSshHandle
{
    protected override bool Free(nint value)
    {
        LibSsh.HostKey.FreeKey(value);
        return true;
    }
}
