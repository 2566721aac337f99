using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp.Connecting;

/// <summary>
/// Creates a libssh session with explicit options (never reading ~/.ssh/config or known_hosts files) and connects it:
/// TCP connect plus key exchange. Authentication and host key checks come after, from the caller.
/// </summary>
internal static class SshSessionOpener
{
    private static readonly string NoFile = "/dev/null";

    public static SafeSshSessionHandle Connect(string host, int port, string? userName, TimeSpan connectTimeout, string? hostKeyAlgorithms, string endpoint)
    {
        if (LibSsh.UnavailableReason is { } reason)
        {
            throw new SftpException(endpoint, "connect", path: null, status: null, reason);
        }
        var session = LibSsh.Session.New();
        if (session.IsInvalid)
        {
            session.Dispose();
            throw new SftpException(endpoint, "connect", path: null, status: null, "ssh_new failed (out of memory?)");
        }
        try
        {
            // First: ssh_connect would otherwise read ~/.ssh/config and /etc/ssh/ssh_config and let them override us.
            SetBool(session, SshOption.ProcessConfig, false, endpoint);
            SetText(session, SshOption.Host, host, endpoint);
            SetInt(session, SshOption.Port, port, endpoint);
            if (userName is not null)
            {
                SetText(session, SshOption.User, userName, endpoint);
            }
            // The host key is checked against the account's pin, never against known_hosts files of whoever runs us;
            // pointing both at /dev/null also keeps libssh from ordering algorithms by entries found there.
            SetText(session, SshOption.KnownHosts, NoFile, endpoint);
            SetText(session, SshOption.GlobalKnownHosts, NoFile, endpoint);
            SetInt(session, SshOption.LogVerbosity, 0, endpoint);
            SetInt(session, SshOption.NoDelay, 1, endpoint);
            SetTimeout(session, connectTimeout, endpoint);
            if (hostKeyAlgorithms is not null)
            {
                SetText(session, SshOption.HostKeys, hostKeyAlgorithms, endpoint);
            }
            if (LibSsh.Session.Connect(session) != LibSsh.Ok)
            {
                throw new SftpConnectionException(endpoint, "connect", path: null, LibSshErrors.Text(session) ?? "ssh_connect failed");
            }
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The timeout of blocking waits (connect, and afterwards each SFTP request), rounded up to seconds.</summary>
    public static unsafe void SetTimeout(SafeSshSessionHandle session, TimeSpan timeout, string endpoint)
    {
        long seconds = (long)Math.Ceiling(timeout.TotalSeconds);
        Check(session, LibSsh.Session.SetOption(session, SshOption.Timeout, &seconds), SshOption.Timeout, endpoint);
    }

    private static void SetText(SafeSshSessionHandle session, SshOption option, string value, string endpoint) =>
        Check(session, LibSsh.Session.SetOption(session, option, value), option, endpoint);

    private static unsafe void SetInt(SafeSshSessionHandle session, SshOption option, int value, string endpoint)
    {
        // SSH_OPTIONS_PORT reads an unsigned int, the others an int: same size and, for the values used, same bits.
        Check(session, LibSsh.Session.SetOption(session, option, &value), option, endpoint);
    }

    private static unsafe void SetBool(SafeSshSessionHandle session, SshOption option, bool value, string endpoint)
    {
        // C bool: one byte.
        byte flag = value ? (byte)1 : (byte)0;
        Check(session, LibSsh.Session.SetOption(session, option, &flag), option, endpoint);
    }

    private static void Check(SafeSshSessionHandle session, int result, SshOption option, string endpoint)
    {
        if (result != LibSsh.Ok)
        {
            throw new SftpException(endpoint, $"set option {option}", path: null, status: null, LibSshErrors.Text(session));
        }
    }
}
