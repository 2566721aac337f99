using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

internal static partial class LibSsh
{
    /// <summary>
    /// User authentication and private key import. Secrets go in as caller-owned UTF-8 buffers
    /// (<see cref="SecretUtf8"/>) so they can be wiped after the call instead of lingering in marshaller copies.
    /// </summary>
    internal static partial class Auth
    {
        /// <summary>Password authentication; username null = the one set with SSH_OPTIONS_USER.</summary>
        [LibraryImport(Library, EntryPoint = "ssh_userauth_password")]
        internal static unsafe partial AuthResult Password(SafeSshSessionHandle session, byte* userName, byte* password);

        [LibraryImport(Library, EntryPoint = "ssh_userauth_publickey")]
        internal static unsafe partial AuthResult PublicKey(SafeSshSessionHandle session, byte* userName, SafeSshKeyHandle privateKey);

        /// <summary>Imports a private key from its text (OpenSSH or PEM), decrypting it with the passphrase when set.</summary>
        [LibraryImport(Library, EntryPoint = "ssh_pki_import_privkey_base64")]
        internal static unsafe partial int ImportPrivateKey(byte* keyText, byte* passphrase, nint authCallback, nint authData, out SafeSshKeyHandle key);

        [LibraryImport(Library, EntryPoint = "ssh_pki_import_privkey_file")]
        internal static unsafe partial int ImportPrivateKeyFile(byte* path, byte* passphrase, nint authCallback, nint authData, out SafeSshKeyHandle key);
    }

    /// <summary>enum ssh_auth_e.</summary>
    internal enum AuthResult
    {
        Success = 0,
        Denied = 1,
        Partial = 2,
        Info = 3,
        Again = 4,
        Error = -1,
    }
}
