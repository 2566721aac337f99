using Gateway.Outbound.Convert.Profile;

namespace Gateway.Host.Demo;

/// <summary>The demo arbodienst account's mapping: every simulated employer known at the arbodienst under invented ids.</summary>
internal static class DemoProfile
{
    public static MappingProfile For(string account, string integration, IEnumerable<string> employerCodes)
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
                Loonheffingennummer = "8123456" + code.PadLeft(2, '0')[^2..] + "L01",
                Contact = new ContactPersonSettings { Achternaam = "Servicedesk", Voorletters = "S", Geslacht = "O", Email = $"hr{code}@example.nl" },
            });
        }
        return profile;
    }
}
