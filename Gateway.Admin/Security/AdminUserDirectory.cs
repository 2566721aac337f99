using System.Security.Cryptography;
using System.Text;
using Gateway.Core.Configuration;
using Gateway.Core.Secrets;

namespace Gateway.Admin.Security;

/// <summary>
/// The configured admin users with their keys kept only as SHA-256 hashes. A presented key is hashed and compared with
/// every user's hash in constant time (no early exit), so neither the comparison nor the loop tells how close a
/// guess was or which user it matched.
/// </summary>
internal sealed class AdminUserDirectory
{
    private readonly Entry[] _entries;

    private AdminUserDirectory(Entry[] entries) => _entries = entries;

    public int Count => _entries.Length;

    /// <summary>Checks the options (throws with the configuration paths of every problem) and decrypts the keys.</summary>
    public static AdminUserDirectory Create(AdminOptions options, Func<SecretProtector> secrets)
    {
        AdminOptionsValidator.ThrowIfInvalid(options);
        SecretProtector? protector = null;
        var entries = new List<Entry>();
        var problems = new List<string>();
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            var key = user.ApiKey;
            if (SecretProtector.IsProtected(key))
            {
                protector ??= secrets();
                key = protector.Unprotect(key);
            }
            if (key.Trim().Length < AdminOptionsValidator.MinimumKeyLength)
            {
                problems.Add($"{AdminOptions.Section}:Users:{i}:ApiKey must be at least {AdminOptionsValidator.MinimumKeyLength} characters");
                continue;
            }
            var hash = Hash(key);
            if (entries.Any(e => CryptographicOperations.FixedTimeEquals(e.KeyHash, hash)))
            {
                problems.Add($"{AdminOptions.Section}:Users:{i}:ApiKey is the key of another user");
                continue;
            }
            entries.Add(new Entry(new AdminUser(user.Name.Trim(), user.Role, KeyIdOf(key)), hash));
        }
        if (problems.Count > 0)
        {
            throw new InvalidConfigurationException(problems);
        }
        return new AdminUserDirectory([.. entries]);
    }

    /// <summary>The user whose key this is, or null.</summary>
    public AdminUser? Authenticate(string presentedKey)
    {
        var hash = Hash(presentedKey);
        AdminUser? found = null;
        foreach (var entry in _entries)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, entry.KeyHash))
            {
                found = entry.User;
            }
        }
        return found;
    }

    /// <summary>The user with this name and key id (a session stays valid only while its key is configured).</summary>
    public AdminUser? Find(string name, string keyId) =>
        _entries.Select(e => e.User).FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(u.KeyId), Encoding.ASCII.GetBytes(keyId)));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));

    private static string KeyIdOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("gateway-admin-session:" + key.Trim())).AsSpan(0, 12));

    private sealed record Entry(AdminUser User, byte[] KeyHash);
}
