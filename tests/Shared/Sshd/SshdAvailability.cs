using Gateway.Transport.Sftp;

namespace Gateway.Tests.Shared;

/// <summary>Whether the real-sshd tests can run here, and if not, why (reported as the skip reason).</summary>
internal static class SshdAvailability
{
    private static readonly Lazy<string?> Reason = new(Probe);

    public static string? UnavailableReason => Reason.Value;

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "SFTP tests need Linux (OpenSSH sshd and libssh)";
        }
        if (!Environment.IsPrivilegedProcess)
        {
            return "SFTP tests need root: they create a system user and a root-owned chroot for a throw-away sshd";
        }
        if (!File.Exists("/usr/sbin/sshd"))
        {
            return "SFTP tests need /usr/sbin/sshd (apt-get install openssh-server)";
        }
        if (!File.Exists("/usr/bin/ssh-keygen"))
        {
            return "SFTP tests need ssh-keygen (apt-get install openssh-client)";
        }
        if (SftpClient.UnavailableReason is { } libssh)
        {
            return $"SFTP tests need libssh: {libssh}";
        }
        return null;
    }
}
