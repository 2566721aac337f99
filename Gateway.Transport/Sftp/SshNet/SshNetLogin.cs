using System.Security.Cryptography;
using System.Text;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.Errors;
using Renci.SshNet;

namespace Gateway.Transport.Sftp.SshNet;

/// <summary>
/// SSH.NET's connection description for one connection attempt: server, user, the one authentication method the
/// credential gives, the pinned key types only (when the pin names them) and the connect timeout. Owns the secret
/// copies it made (password bytes, key text bytes, the decoded key) and wipes or frees them when disposed.
/// </summary>
internal sealed class SshNetLogin : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private byte[]? _secret;

    private SshNetLogin()
    {
    }

    public ConnectionInfo Info { get; private set; } = null!;

    /// <exception cref="SftpAuthenticationException">the key file is missing or the key cannot be read</exception>
    public static SshNetLogin Create(SftpConnectionSettings settings)
    {
        var login = new SshNetLogin();
        try
        {
            var method = login.Method(settings.Credential, settings.UserName, settings.Endpoint);
            login.Describe(settings.Host, settings.Port, settings.UserName, method, settings.ConnectTimeout, settings.HostKey.AlgorithmPreference);
            return login;
        }
        catch
        {
            login.Dispose();
            throw;
        }
    }

    /// <summary>A description for fetching a host key: no credential is ever sent (the key is refused first).</summary>
    public static SshNetLogin ForHostKeyOnly(string host, int port, TimeSpan timeout, string? algorithms)
    {
        const string user = "gateway-hostkey-check";
        var login = new SshNetLogin();
        login.Describe(host, port, user, new NoneAuthenticationMethod(user), timeout, algorithms);
        return login;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
        _owned.Clear();
        WipeSecret();
    }

    /// <summary>Once authenticated the secret is not needed again (SSH.NET never re-authenticates a session).</summary>
    public void WipeSecret()
    {
        if (_secret is not null)
        {
            CryptographicOperations.ZeroMemory(_secret);
            _secret = null;
        }
    }

    private void Describe(string host, int port, string userName, AuthenticationMethod method, TimeSpan timeout, string? algorithms)
    {
        Info = new ConnectionInfo(host, port, userName, method) { Timeout = timeout };
        OnlyPinnedKeyTypes(Info, algorithms);
    }

    /// <summary>
    /// Keeps only the host key algorithms the pin names (a server with several host keys then presents the pinned
    /// one); null keeps SSH.NET's own preference.
    /// </summary>
    private static void OnlyPinnedKeyTypes(ConnectionInfo info, string? algorithms)
    {
        if (algorithms is null)
        {
            return;
        }
        var wanted = algorithms.Split(',');
        foreach (var name in info.HostKeyAlgorithms.Keys.Where(k => !wanted.Contains(k, StringComparer.Ordinal)).ToList())
        {
            info.HostKeyAlgorithms.Remove(name);
        }
    }

    private AuthenticationMethod Method(SftpCredential credential, string userName, string endpoint)
    {
        switch (credential)
        {
            case SftpPasswordCredential password:
                _secret = Encoding.UTF8.GetBytes(password.Password);
                return Own(new PasswordAuthenticationMethod(userName, _secret));
            case SftpPrivateKeyCredential key:
                return Own(new PrivateKeyAuthenticationMethod(userName, Own(Import(key, endpoint))));
            default:
                throw new ArgumentException($"unsupported credential {credential.Describe()}", nameof(credential));
        }
    }

    private static PrivateKeyFile Import(SftpPrivateKeyCredential credential, string endpoint)
    {
        if (credential.KeyFile is { } file && !File.Exists(file))
        {
            throw SftpAuthenticationException.KeyFileMissing(endpoint, file);
        }
        var text = credential.KeyFile is { } path ? File.ReadAllBytes(path) : Encoding.UTF8.GetBytes(credential.KeyText!);
        try
        {
            using var stream = new MemoryStream(text, writable: false);
            return new PrivateKeyFile(stream, credential.Passphrase);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw SftpAuthenticationException.KeyUnreadable(endpoint, credential);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(text);
        }
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
