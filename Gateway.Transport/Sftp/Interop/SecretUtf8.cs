using System.Runtime.InteropServices;
using System.Text;

namespace Gateway.Transport.Sftp.Interop;

/// <summary>
/// A NUL-terminated UTF-8 copy of a secret (password, passphrase, key text) in native memory that is zeroed before it
/// is freed, so the secret does not outlive the native call in a marshalling buffer nobody clears.
/// </summary>
internal sealed unsafe class SecretUtf8 : IDisposable
{
    private byte* _bytes;
    private readonly nuint _length;

    private SecretUtf8(string text)
    {
        _length = (nuint)Encoding.UTF8.GetByteCount(text) + 1;
        _bytes = (byte*)NativeMemory.AllocZeroed(_length);
        Encoding.UTF8.GetBytes(text, new Span<byte>(_bytes, (int)_length - 1));
    }

    /// <summary>The copy, or null when <paramref name="text"/> is null.</summary>
    public static SecretUtf8? From(string? text) => text is null ? null : new SecretUtf8(text);

    /// <summary>The native pointer of <paramref name="secret"/>, or null (which libssh reads as "not given").</summary>
    public static byte* PointerOf(SecretUtf8? secret) => secret is null ? null : secret._bytes;

    public void Dispose()
    {
        if (_bytes is not null)
        {
            NativeMemory.Clear(_bytes, _length);
            NativeMemory.Free(_bytes);
            _bytes = null;
        }
    }
}
