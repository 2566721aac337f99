using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

internal static partial class LibSsh
{
    /// <summary>The server's host key after key exchange: hash, type and public blob (libssh.h, pki).</summary>
    internal static partial class HostKey
    {
        [LibraryImport(Library, EntryPoint = "ssh_get_server_publickey")]
        internal static partial int GetServerPublicKey(SafeSshSessionHandle session, out SafeSshKeyHandle key);

        [LibraryImport(Library, EntryPoint = "ssh_get_publickey_hash")]
        internal static partial int GetPublicKeyHash(SafeSshKeyHandle key, PublicKeyHashType type, out nint hash, out nuint length);

        [LibraryImport(Library, EntryPoint = "ssh_clean_pubkey_hash")]
        internal static partial void FreeHash(ref nint hash);

        [LibraryImport(Library, EntryPoint = "ssh_key_type")]
        internal static partial int KeyType(SafeSshKeyHandle key);

        /// <summary>Static text such as "ssh-ed25519"; not to be freed.</summary>
        [LibraryImport(Library, EntryPoint = "ssh_key_type_to_char")]
        internal static partial nint KeyTypeName(int keyType);

        [LibraryImport(Library, EntryPoint = "ssh_pki_export_pubkey_base64")]
        internal static partial int ExportPublicKeyBase64(SafeSshKeyHandle key, out nint base64);

        [LibraryImport(Library, EntryPoint = "ssh_string_free_char")]
        internal static partial void FreeString(nint text);

        [LibraryImport(Library, EntryPoint = "ssh_key_free")]
        internal static partial void FreeKey(nint key);
    }

    /// <summary>enum ssh_publickey_hash_type.</summary>
    internal enum PublicKeyHashType
    {
        Sha1 = 0,
        Md5 = 1,
        Sha256 = 2,
    }
}
