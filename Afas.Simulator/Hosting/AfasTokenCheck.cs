using System.Security.Cryptography;
using System.Text;

namespace Afas.Simulator.Hosting;

/// <summary>Checks "Authorization: AfasToken base64(&lt;token&gt;&lt;version&gt;1&lt;/version&gt;&lt;data&gt;TOKEN&lt;/data&gt;&lt;/token&gt;)".</summary>
internal sealed class AfasTokenCheck(string token)
{
    private static readonly string Scheme = "AfasToken ";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes($"<token><version>1</version><data>{token}</data></token>");

    public bool IsValid(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }
        var encoded = authorization.AsSpan(Scheme.Length).Trim();
        var buffer = new byte[(encoded.Length * 3 / 4) + 3];
        return Convert.TryFromBase64Chars(encoded, buffer, out var written)
            && CryptographicOperations.FixedTimeEquals(buffer.AsSpan(0, written), _expected);
    }
}
