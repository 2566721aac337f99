using System.Runtime.InteropServices;
using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp;

/// <summary>Turns libssh's sftp_attributes into <see cref="FileEntry"/> values.</summary>
internal static unsafe class SftpEntries
{
    /// <summary>
    /// A readdir entry; null for "." and "..". A name that is not a plain file name (<see cref="RemoteName.Problem"/>:
    /// a server may list "../x", "a/b" or control characters) is data, never a path: its entry is of kind
    /// <see cref="FileEntryKind.Other"/>, so nothing takes, renames or deletes it; the intake reports it.
    /// </summary>
    public static FileEntry? FromListing(SftpAttributesNative* attributes, string directory)
    {
        var name = Marshal.PtrToStringUTF8(attributes->Name) ?? "";
        if (name is "." or "..")
        {
            return null;
        }
        var entry = Create(attributes, name, TransferPath.Combine(directory, name));
        return RemoteName.IsPlain(name) ? entry : entry with { Kind = FileEntryKind.Other };
    }

    /// <summary>A stat result (which carries no name: it is taken from the path).</summary>
    public static FileEntry FromStat(SftpAttributesNative* attributes, string path) =>
        Create(attributes, TransferPath.GetFileName(path), path);

    private static FileEntry Create(SftpAttributesNative* attributes, string name, string path)
    {
        var size = (attributes->Flags & SftpAttributesNative.SizeFlag) != 0 ? (long)attributes->Size : 0L;
        var modified = (attributes->Flags & SftpAttributesNative.AccessModifiedTimeFlag) != 0
            ? DateTimeOffset.FromUnixTimeSeconds(attributes->ModifiedTime)
            : DateTimeOffset.UnixEpoch;
        var kind = attributes->Type switch
        {
            SftpAttributesNative.TypeRegular => FileEntryKind.File,
            SftpAttributesNative.TypeDirectory => FileEntryKind.Directory,
            _ => FileEntryKind.Other,
        };
        return new FileEntry(name, path, size, modified, kind);
    }
}
