using System.Net.Http.Headers;
using System.Text;

namespace Gateway.Core.Integrations;

/// <summary>
/// The AFAS App connector token header: "Authorization: AfasToken " + base64("&lt;token&gt;&lt;version&gt;1&lt;/version&gt;&lt;data&gt;TOKEN&lt;/data&gt;&lt;/token&gt;").
/// The token never appears in messages or logs.
/// </summary>
public static class AfasTokenHeader
{
    public const string Scheme = "AfasToken";

    public static AuthenticationHeaderValue Create(string token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Any(c => c is '<' or '>' or '&' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("The AFAS token is empty or contains characters a token cannot have.", nameof(token));
        }
        var xml = $"<token><version>1</version><data>{token}</data></token>";
        return new AuthenticationHeaderValue(Scheme, Convert.ToBase64String(Encoding.UTF8.GetBytes(xml)));
    }
}
