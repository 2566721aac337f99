using Gateway.Outbound.Convert.Profile;

namespace Gateway.Host.Demo;

/// <summary>
/// The demo arbodienst account's mapping: every simulated employer known at the arbodienst under invented ids — one of
/// them (<c>withoutLoonheffingennummer</c>) without its loonheffingennummer, so the messages that need one
/// are uitval, as when an employer is mapped half-way.
/// </summary>
internal static class DemoProfile
{
    public static MappingProfile For(string account, string integration, IEnumerable<string> employerCodes, string? withoutLoonheffingennummer = null)
    {
        var profile = new MappingProfile
        {
            Account = account,
            Integration = integration,
            Release = "2025",
            IdInzndr = "GATEWAY-DEMO",
            IdOntvngr = "ARBODIENST-DEMO",
            GebrSwPakket = "SIVI Gateway demo",
            Test = true,
        };
        foreach (var code in employerCodes)
        {
            profile.Employers.Add(new EmployerMapping
            {
                Werkgeverscode = code,
                IdWrkgvrArbdnst = "WG-" + code,
                AansltnrGeguitwlngArbdnst = "AANSL-" + code,
                Loonheffingennummer = code == withoutLoonheffingennummer ? null : "8123456" + code.PadLeft(2, '0')[^2..] + "L01",
                Contact = new ContactPersonSettings { Achternaam = "Servicedesk", Voorletters = "S", Geslacht = "O", Email = $"hr{code}@example.nl" },
            });
        }
        return profile;
    }
}
