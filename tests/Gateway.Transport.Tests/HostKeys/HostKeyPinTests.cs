using System.Security.Cryptography;
using System.Text;
using Gateway.Transport.Sftp.HostKeys;

namespace Gateway.Transport.Tests.HostKeys;

public sealed class HostKeyPinTests
{
    // a real ed25519 public key blob and its fingerprint as ssh-keygen -lf prints it
    private const string Ed25519Key = "AAAAC3NzaC1lZDI1NTE5AAAAIFAzhazzdcw9PgK8pe9NllCW4jOCkBhtTQKrZTzZ9g6f";
    private static readonly string Ed25519Fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(Ed25519Key))).TrimEnd('=');

    [Fact]
    public void A_fingerprint_line_pins_that_fingerprint_with_or_without_padding()
    {
        var pin = HostKeyPin.Parse(Ed25519Fingerprint + "=");

        Assert.Equal(Ed25519Fingerprint, Assert.Single(pin.Fingerprints).Value);
        Assert.True(pin.Accepts(new PresentedHostKey("ssh-ed25519", new HostKeyFingerprint(Ed25519Fingerprint), Ed25519Key)));
        Assert.Null(pin.AlgorithmPreference);
    }

    [Fact]
    public void A_known_hosts_line_pins_the_fingerprint_of_its_key_and_requests_its_algorithm()
    {
        var pin = HostKeyPin.Parse($"[sftp.example.nl]:2222 ssh-ed25519 {Ed25519Key}");

        Assert.Equal(Ed25519Fingerprint, Assert.Single(pin.Fingerprints).Value);
        Assert.Equal("ssh-ed25519", pin.AlgorithmPreference);
        pin.EnsureAppliesTo("sftp.example.nl", 2222);
        var wrongPort = Assert.Throws<ArgumentException>(() => pin.EnsureAppliesTo("sftp.example.nl", 22));
        Assert.Contains("does not cover sftp.example.nl port 22", wrongPort.Message);
    }

    [Fact]
    public void A_hashed_known_hosts_host_matches_only_its_host()
    {
        var salt = RandomNumberGenerator.GetBytes(20);
#pragma warning disable CA5350 // the known_hosts format
        var hash = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes("[10.1.2.3]:2222"));
#pragma warning restore CA5350
        var pin = HostKeyPin.Parse($"|1|{Convert.ToBase64String(salt)}|{Convert.ToBase64String(hash)} ssh-ed25519 {Ed25519Key}");

        pin.EnsureAppliesTo("10.1.2.3", 2222);
        Assert.Throws<ArgumentException>(() => pin.EnsureAppliesTo("10.1.2.4", 2222));
    }

    [Fact]
    public void Ssh_keygen_output_pins_the_fingerprint_and_its_key_type()
    {
        var pin = HostKeyPin.Parse($"3072 {Ed25519Fingerprint} root@partner (RSA)\n# comment\n\n256 {Ed25519Fingerprint} x (ED25519)");

        Assert.Equal(2, pin.Fingerprints.Count);
        Assert.Equal("rsa-sha2-512,rsa-sha2-256,ssh-ed25519", pin.AlgorithmPreference);
    }

    [Theory]
    [InlineData("MD5:12:34:56", "MD5 fingerprints are not accepted")]
    [InlineData("SHA256:tooshort", "not a SHA256 fingerprint")]
    [InlineData("@cert-authority *.example.nl ssh-ed25519 AAAA", "markers")]
    [InlineData("host ssh-rsa " + Ed25519Key, "not a ssh-rsa key")]
    [InlineData("", "at least one")]
    public void Invalid_pins_are_refused_with_the_reason(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => HostKeyPin.Parse(text));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_presented_key_renders_the_known_hosts_line_an_admin_can_pin()
    {
        var presented = new PresentedHostKey("ssh-ed25519", new HostKeyFingerprint(Ed25519Fingerprint), Ed25519Key);

        Assert.Equal($"[h.example]:2222 ssh-ed25519 {Ed25519Key}", presented.ToKnownHostsLine("h.example", 2222));
        Assert.Equal($"h.example ssh-ed25519 {Ed25519Key}", presented.ToKnownHostsLine("h.example", 22));
        Assert.True(HostKeyPin.Parse(presented.ToKnownHostsLine("h.example", 2222)).Accepts(presented));
    }
}
