using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp.Connecting;

/// <summary>
/// Authenticates a connected session with a password or a private key. Secrets are copied into wiped native buffers
/// (<see cref="SecretUtf8"/>) and appear in no message: failures say what was refused, not with what.
/// </summary>
internal static unsafe class SshAuthenticator
{
    public static void Authenticate(SafeSshSessionHandle session, SftpCredential credential, string userName, string endpoint)
    {
        switch (credential)
        {
            case SftpPasswordCredential password:
                WithPassword(session, password, userName, endpoint);
                break;
            case SftpPrivateKeyCredential key:
                WithPrivateKey(session, key, userName, endpoint);
                break;
            default:
                throw new ArgumentException($"unsupported credential {credential.Describe()}", nameof(credential));
        }
    }

    private static void WithPassword(SafeSshSessionHandle session, SftpPasswordCredential credential, string userName, string endpoint)
    {
        LibSsh.AuthResult result;
        using (var password = SecretUtf8.From(credential.Password))
        {
            result = LibSsh.Auth.Password(session, null, SecretUtf8.PointerOf(password));
        }
        Check(session, result, text => SftpAuthenticationException.PasswordRejected(endpoint, userName, text), endpoint);
    }

    private static void WithPrivateKey(SafeSshSessionHandle session, SftpPrivateKeyCredential credential, string userName, string endpoint)
    {
        using var key = Import(credential, endpoint);
        var result = LibSsh.Auth.PublicKey(session, null, key);
        Check(session, result, text => SftpAuthenticationException.KeyRejected(endpoint, credential, userName, text), endpoint);
    }

    private static SafeSshKeyHandle Import(SftpPrivateKeyCredential credential, string endpoint)
    {
        if (credential.KeyFile is { } file && !File.Exists(file))
        {
            throw SftpAuthenticationException.KeyFileMissing(endpoint, file);
        }
        int result;
        SafeSshKeyHandle key;
        using (var passphrase = SecretUtf8.From(credential.Passphrase))
        {
            if (credential.KeyFile is { } path)
            {
                using var pathText = SecretUtf8.From(path);
                result = LibSsh.Auth.ImportPrivateKeyFile(SecretUtf8.PointerOf(pathText), SecretUtf8.PointerOf(passphrase), 0, 0, out key);
            }
            else
            {
                using var keyText = SecretUtf8.From(credential.KeyText);
                result = LibSsh.Auth.ImportPrivateKey(SecretUtf8.PointerOf(keyText), SecretUtf8.PointerOf(passphrase), 0, 0, out key);
            }
        }
        if (result != LibSsh.Ok || key.IsInvalid)
        {
            key.Dispose();
            throw SftpAuthenticationException.KeyUnreadable(endpoint, credential);
        }
        return key;
    }

    private static void Check(SafeSshSessionHandle session, LibSsh.AuthResult result, Func<string?, SftpAuthenticationException> denied, string endpoint)
    {
        switch (result)
        {
            case LibSsh.AuthResult.Success:
                return;
            case LibSsh.AuthResult.Denied:
                throw denied(LibSshErrors.Text(session));
            case LibSsh.AuthResult.Partial:
                throw SftpAuthenticationException.FurtherMethodRequired(endpoint, LibSshErrors.Text(session));
            default:
                if (!LibSshErrors.IsConnected(session))
                {
                    throw new SftpConnectionException(endpoint, "authenticate", path: null, LibSshErrors.Text(session) ?? "connection lost");
                }
                throw new SftpAuthenticationException(endpoint, "authentication failed", LibSshErrors.Text(session));
        }
    }
}
