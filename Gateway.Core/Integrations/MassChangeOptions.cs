using System.Globalization;

namespace Gateway.Core.Integrations;

/// <summary>
/// The mass-change guard of an integration (<c>Gateway:Integrations:&lt;name&gt;:MassChange</c>): a pull that would
/// change, or find gone, more than <see cref="Share"/> of a connector's stored records — and at least
/// <see cref="Minimum"/> of them — is not applied but held for an admin (a pending pull).
/// </summary>
public sealed class MassChangeOptions
{
    /// <summary>Off: every pull is applied, however much it changes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The share of a connector's stored records a pull may change, and separately find gone (default 0.2: 20 %).</summary>
    public double Share { get; set; } = 0.2;

    /// <summary>Fewer changed or gone records than this never hold a pull (default 10), so small connectors keep working.</summary>
    public int Minimum { get; set; } = 10;

    /// <summary>Why a pull of <paramref name="known"/> stored records that changes <paramref name="changed"/> and finds <paramref name="gone"/> gone is held; null when it may be applied.</summary>
    public string? Exceeded(int known, int changed, int gone)
    {
        if (!Enabled || known == 0)
        {
            return null;
        }
        var limit = Math.Max(Minimum, (int)Math.Floor(known * Share) + 1);
        return (gone >= limit, changed >= limit) switch
        {
            (true, _) => string.Create(CultureInfo.InvariantCulture, $"{gone} of {known} stored records would be gone (limit {limit}: more than {Share:P0}, at least {Minimum})"),
            (_, true) => string.Create(CultureInfo.InvariantCulture, $"{changed} of {known} stored records would change (limit {limit}: more than {Share:P0}, at least {Minimum})"),
            _ => null,
        };
    }
}
