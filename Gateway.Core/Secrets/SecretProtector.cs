using System.Security.Cryptography;
using System.Text;

namespace Gateway.Core.Secrets;

/// <summary>
/// Encrypts secrets (AFAS tokens, SFTP passwords and passphrases) for storage in configuration or the database:
/// AES-256-GCM with a random nonce, written as <c>enc:v1:&lt;base64(nonce|tag|ciphertext)&gt;</c>. The key lives in a
/// file readable by the gateway user only (default var/secret.key, created on first use).
/// </summary>
public sealed class SecretProtector
{
    public const string Prefix = "enc:v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public SecretProtector(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("the secret key must be 32 bytes", nameof(key));
        }
        _key = key;
    }

    public static bool IsProtected(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Loads the key from <paramref name="path"/>, creating it (mode 0600) when absent.</summary>
    public static SecretProtector FromKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            try
            {
                using var stream = new FileStream(path, options);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            }
            catch (IOException) when (File.Exists(path))
            {
                // another process created it first; use theirs
            }
        }
        // a process that lost the creation race may find the winner's key not yet written: wait for it (briefly)
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length > 0 || attempt == 100)
            {
                return new SecretProtector(Convert.FromBase64String(text));
            }
            Thread.Sleep(20);
        }
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(output);
    }

    /// <summary>Returns the plain value; a value without the prefix is returned as is (plain configuration).</summary>
    public string Unprotect(string value)
    {
        if (!IsProtected(value))
        {
            return value;
        }
        byte[] data;
        try
        {
            data = Convert.FromBase64String(value[Prefix.Length..]);
        }
        catch (FormatException e)
        {
            throw new CryptographicException("an encrypted secret is damaged (not base64)", e);
        }
        if (data.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("an encrypted secret is damaged (too short)");
        }
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
