using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

/// <summary>
/// A libssh object pointer that may depend on a parent object (file → SFTP session → SSH session). The child holds a
/// reference on its parent's SafeHandle, so the parent is never freed while a child still has to be closed through it,
/// whatever order Dispose or the finalizer runs in.
/// </summary>
internal abstract class SafeLibSshHandle : SafeHandle
{
    private SafeHandle? _parent;

    protected SafeLibSshHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    /// <summary>Ties this handle's lifetime to the parent's; call once, right after the native create succeeded.</summary>
    internal void KeepParentAlive(SafeHandle parent)
    {
        var added = false;
        parent.DangerousAddRef(ref added);
        if (added)
        {
            _parent = parent;
        }
    }

    protected sealed override bool ReleaseHandle()
    {
        try
        {
            return Free(handle);
        }
        finally
        {
            _parent?.DangerousRelease();
            _parent = null;
        }
    }

    /// <summary>Releases the native object; false when libssh reported an error doing so.</summary>
    protected abstract bool Free(nint value);
}
