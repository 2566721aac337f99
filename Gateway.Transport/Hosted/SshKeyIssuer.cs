using System.Security.Cryptography;
using Gateway.Transport.Sftp.HostKeys;

namespace Gateway.Transport.Hosted;

/// <summary>
/// Issues Ed25519 key pairs for partners with OpenSSH's own <c>ssh-keygen</c> (package openssh-client): the private key
/// in OpenSSH format, encrypted (aes256-ctr, bcrypt KDF) with a generated passphrase of 32 characters. The passphrase goes
/// to ssh-keygen on its standard input (not as an argument, which other local users could see in the process list);
/// the key files live only for the call, in a folder only this user can read, and are deleted before it returns.
/// </summary>
public static class SshKeyIssuer
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private const int PassphraseLength = 32;

    /// <summary>A new key pair; <paramref name="comment"/> (no secrets) ends the public key line.</summary>
    public static async Task<IssuedSshKey> IssueAsync(string comment, CancellationToken cancellationToken)
    {
        if (comment.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) && c != ' '))
        {
            throw new ArgumentException("a key comment is one line of text", nameof(comment));
        }
        var passphrase = RandomNumberGenerator.GetString(Alphabet, PassphraseLength);
        var folder = Directory.CreateTempSubdirectory("gateway-key-");
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            var file = Path.Combine(folder.FullName, "id_ed25519");
            var (exitCode, output) = await HostCommand.RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-a", "64", "-C", comment, "-f", file], cancellationToken,
                input: $"{passphrase}\n{passphrase}\n").ConfigureAwait(false);
            if (exitCode != 0 || !File.Exists(file))
            {
                throw new InvalidOperationException($"ssh-keygen could not make a key pair (exit code {exitCode}): {output.Trim()}");
            }
            var publicKey = (await File.ReadAllTextAsync(file + ".pub", cancellationToken).ConfigureAwait(false)).Trim();
            var privateKey = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            var blob = Convert.FromBase64String(publicKey.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            return new IssuedSshKey(publicKey, HostKeyFingerprint.FromPublicKeyBlob(blob).ToString(), privateKey, passphrase);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
