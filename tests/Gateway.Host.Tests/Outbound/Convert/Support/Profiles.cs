using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Profile;

namespace Gateway.Outbound.Tests.Convert.Support;

/// <summary>Mapping profiles for tests: every employer of a dataset known at the arbodienst with a loonheffingennummer.</summary>
internal static class Profiles
{
    public static MappingProfile For(IEnumerable<WerkgeverRow> employers, string release, Action<MappingProfile>? configure = null)
    {
        var profile = new MappingProfile
        {
            Integration = "test-arbodienst",
            Release = release,
            IdInzndr = "GATEWAY-TEST",
            IdOntvngr = "ARBO-TEST",
            Test = true,
        };
        foreach (var employer in employers)
        {
            profile.Employers.Add(Employer(employer.Werkgeverscode));
        }
        configure?.Invoke(profile);
        return profile;
    }

    public static EmployerMapping Employer(string code) => new()
    {
        Werkgeverscode = code,
        IdWrkgvrArbdnst = "WG-" + code,
        AansltnrGeguitwlngArbdnst = "AANSL-" + code,
        Loonheffingennummer = "8123456" + code.PadLeft(2, '0') + "L01",
        Contact = new ContactPersonSettings { Achternaam = "Servicedesk", Voorletters = "S", Geslacht = "O", Email = "hr" + code + "@example.nl" },
    };
}
