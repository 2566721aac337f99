using System.Security.Cryptography;
using Gateway.Core.Secrets;

namespace Gateway.Core.Tests.Secrets;

public class SecretProtectorTests
{
    [Fact]
    public void Round_trip_and_no_plaintext_in_the_protected_form()
    {
        var protector = new SecretProtector(RandomNumberGenerator.GetBytes(32));
        var secret = "AFAS-TOKEN-0123456789ABCDEF";
        var protectedValue = protector.Protect(secret);
        Assert.StartsWith(SecretProtector.Prefix, protectedValue, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, protectedValue, StringComparison.Ordinal);
        Assert.NotEqual(protectedValue, protector.Protect(secret)); // random nonce
        Assert.Equal(secret, protector.Unprotect(protectedValue));
        Assert.Equal("plain", protector.Unprotect("plain"));
    }

    [Fact]
    public void Tampered_or_foreign_secrets_are_refused()
    {
        var protector = new SecretProtector(RandomNumberGenerator.GetBytes(32));
        var value = protector.Protect("token");
        var tampered = value[..^4] + (value[^4] == 'A' ? "B" : "A") + value[^3..];
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(tampered));
        Assert.ThrowsAny<CryptographicException>(() => new SecretProtector(RandomNumberGenerator.GetBytes(32)).Unprotect(value));
    }

    [Fact]
    public void Key_file_is_created_once_and_private()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-key-").FullName;
        try
        {
            var path = Path.Combine(folder, "var", "secret.key");
            var value = SecretProtector.FromKeyFile(path).Protect("x");
            Assert.Equal("x", SecretProtector.FromKeyFile(path).Unprotect(value));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
    [Fact]
    public async Task Processes_creating_the_key_file_at_the_same_moment_all_read_the_one_whole_key()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-key-race-").FullName;
        try
        {
            for (var round = 0; round < 20; round++)
            {
                var path = Path.Combine(folder, $"secret-{round}.key");
                var protectors = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => SecretProtector.FromKeyFile(path))));
                var value = protectors[0].Protect("token");
                Assert.All(protectors, p => Assert.Equal("token", p.Unprotect(value)));
            }
            Assert.Equal(20, Directory.GetFiles(folder).Length); // no temporary files left
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
