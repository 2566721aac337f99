using System.Runtime.InteropServices;

namespace Gateway.Transport.Files.Posix;

/// <summary>Turns the errno of a failed <see cref="PosixCalls"/> call into the exception .NET's own file APIs would throw.</summary>
internal static class PosixErrors
{
    public static Exception Last(string operation, string path, bool directoryExpected = false)
    {
        var errno = Marshal.GetLastPInvokeError();
        var text = $"{operation} '{path}': {Marshal.GetPInvokeErrorMessage(errno)}";
        return errno switch
        {
            PosixCalls.NoSuchEntry when directoryExpected => new DirectoryNotFoundException(text),
            PosixCalls.NoSuchEntry => new FileNotFoundException(text, path),
            PosixCalls.AccessDenied or 1 => new UnauthorizedAccessException(text),
            PosixCalls.TooManyLinks => new UnsafeEntryException(path, "is a symbolic link"),
            PosixCalls.NotADirectory => new UnsafeEntryException(path, directoryExpected ? "is not a folder" : "has a part that is not a folder"),
            _ => new IOException(text, errno),
        };
    }

    /// <summary>The errno of the call that just failed.</summary>
    public static int LastNumber => Marshal.GetLastPInvokeError();
}
