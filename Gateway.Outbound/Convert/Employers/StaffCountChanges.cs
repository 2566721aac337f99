using System.Xml.Linq;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Source;
using Microsoft.EntityFrameworkCore;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Employers;

/// <summary>
/// The employers of an account whose Personeelssterkte (<see cref="StaffStrength"/>) on the conversion date differs
/// from the one their last WerkgeversGegevensBasisregistratie carried: employees joined or left (or an employment's
/// FTE or gender changed, or its start or end date was reached) while the employer itself did not change. The
/// conversion sends these employers again (their data without units) so the receiver's count follows. Only active
/// employers that have been sent before are compared: an employer's first message comes with its Werkgevers record. A
/// last message whose body retention purged has nothing to compare with and is left alone.
/// </summary>
public static class StaffCountChanges
{
    private static readonly string[] Counts =
        ["AantWrknmrs", "AantFTE", "AantVrouwelijkeWrknmrs", "AantVrouwelijkeFTE", "AantMannelijkeWrknmrs", "AantMannelijkeFTE"];

    public static async Task<IReadOnlyList<string>> FindAsync(GatewayDbContext context, string account, MappingProfile profile, SourceSnapshot source,
        DateOnly peildatum, CancellationToken cancellationToken)
    {
        if (!profile.Wants(SiviMessageTypes.WerkgeversGegevens))
        {
            return [];
        }
        var changed = new List<string>();
        Dictionary<string, Personeelssterkte>? counts = null;
        foreach (var code in profile.Employers.Where(e => e.Active).Select(e => e.Werkgeverscode).Where(c => c.Trim().Length > 0).Distinct(StringComparer.Ordinal))
        {
            var last = await context.LedgerMessages.AsNoTracking()
                .Where(m => m.Account == account && m.MessageType == SiviMessageTypes.WerkgeversGegevens && m.CaseKey == code)
                .OrderByDescending(m => m.Id)
                .Select(m => new { m.Body, m.BodyLength, m.BodyPurgedUtc })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (last is null || last.BodyPurgedUtc is not null || last.BodyLength == 0)
            {
                continue;
            }
            var sent = SentCounts(BodyCompression.Decompress(last.Body, last.BodyLength));
            counts ??= StaffStrength.CountAll(source, peildatum);
            var now = counts.TryGetValue(code.Trim(), out var strength) ? strength : StaffStrength.Count(source, code.Trim(), peildatum);
            if (!sent.SequenceEqual(CurrentCounts(now), StringComparer.Ordinal))
            {
                changed.Add(code);
            }
        }
        return changed;
    }

    /// <summary>The counts of the first Personeelssterkte of a message (all absent when it has none).</summary>
    private static string?[] SentCounts(byte[] body)
    {
        using var stream = new MemoryStream(body);
        var strength = XDocument.Load(stream).Descendants().FirstOrDefault(e => e.Name.LocalName == "Personeelssterkte");
        return [.. Counts.Select(name => strength?.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim())];
    }

    private static string?[] CurrentCounts(Personeelssterkte strength) =>
    [
        strength.AantWrknmrs, strength.AantFTE, strength.AantVrouwelijkeWrknmrs, strength.AantVrouwelijkeFTE, strength.AantMannelijkeWrknmrs,
        strength.AantMannelijkeFTE,
    ];
}
