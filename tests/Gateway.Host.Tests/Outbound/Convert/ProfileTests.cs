using System.Text;
using Gateway.Outbound.Convert.Profile;
using Microsoft.Extensions.Configuration;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>The mapping profile binds from configuration and is checked before use.</summary>
public class ProfileTests
{
    [Fact]
    public void A_profile_binds_from_a_configuration_section_with_lists_enums_and_code_overrides()
    {
        const string json = """
            {
              "Accounts": { "robidus": {
                "Integration": "robidus",
                "Release": "2025",
                "MessageTypes": [ "VZ", "Dienstverbanden" ],
                "IdInzndr": "KLANT-1", "IdOntvngr": "ROBIDUS", "Test": true, "OntvangstbevestigingGevraagd": false,
                "EmployeeId": "Personeelsnummer",
                "IncludeBsn": true,
                "VrwrkCd": { "Correction": "02" },
                "AbsenceReasons": [ { "Code": "ONG", "OorzkVrzmCd": "10" } ],
                "EndReasons": [ { "Code": "OVL", "RdnEndVrzmCd": "03" } ],
                "Employers": [ { "Werkgeverscode": "01", "IdWrkgvrArbdnst": "R-1", "AansltnrGeguitwlngArbdnst": "A-1", "Loonheffingennummer": "123456789L01",
                                 "Contact": { "Achternaam": "HR", "Voorletters": "H", "Geslacht": "O", "Email": "hr@example.nl" } } ]
              } }
            }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

        var profile = MappingProfileLoader.Bind(configuration.GetSection("Accounts:robidus"));

        Assert.Empty(MappingProfileValidator.Validate(profile, SiviDefinitions.Embedded));
        Assert.Equal(("robidus", "2025", EmployeeIdSource.Personeelsnummer, true), (profile.Integration, profile.Release, profile.EmployeeId, profile.IncludeBsn));
        Assert.Equal([SiviMessageTypes.Verzuimmeldingen, SiviMessageTypes.Dienstverbanden], profile.EffectiveMessageTypes);
        Assert.Equal(("01", "02", "03", "02", "05"), (profile.VrwrkCd.Start, profile.VrwrkCd.Change, profile.VrwrkCd.End, profile.VrwrkCd.Correction, profile.VrwrkCd.Deletion));
        Assert.Equal("10", Assert.Single(profile.AbsenceReasons).OorzkVrzmCd);
        Assert.Equal("hr@example.nl", profile.Employer("01")!.Contact!.Email);
        Assert.True(profile.Employer("01")!.Active);
        Assert.Null(profile.Employer("02"));
        var header = profile.BrAlgOptions();
        Assert.Equal(("KLANT-1", "ROBIDUS", true, false), (header.IdInzndr, header.IdOntvngr, header.Test, header.OntvangstbevestigingGevraagd));
    }

    [Fact]
    public void The_defaults_are_privacy_first_GUID_ids_and_Dienstverbanden()
    {
        var profile = new MappingProfile { Release = "2024" };

        Assert.False(profile.IncludeBsn);
        Assert.False(profile.IncludeCareAddress);
        Assert.Equal(EmployeeIdSource.Guid, profile.EmployeeId);
        Assert.Equal([SiviMessageTypes.Verzuimmeldingen, SiviMessageTypes.Dienstverbanden, SiviMessageTypes.WerkgeversGegevens], profile.EffectiveMessageTypes);
        Assert.Empty(MappingProfileValidator.Validate(profile, SiviDefinitions.Embedded));
    }

    [Fact]
    public void The_validator_names_every_problem()
    {
        var profile = new MappingProfile
        {
            Release = "2019",
            MessageTypes = ["Afspraken"],
            IdOntvngr = new string('x', 41),
            Employers = [new EmployerMapping { Werkgeverscode = "01" }, new EmployerMapping { Werkgeverscode = "01", IdWrkgvrArbdnst = "a", AansltnrGeguitwlngArbdnst = "b" }],
            VrwrkCd = new VerwerkingsCodes { End = "3" },
        };

        var problems = MappingProfileValidator.Validate(profile, SiviDefinitions.Embedded);

        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Release 2019 is unknown", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MessageTypes: 'Afspraken'", StringComparison.Ordinal));
        Assert.Contains("IdOntvngr is longer than 40 characters", problems);
        Assert.Contains("Employers: Werkgeverscode 01 needs IdWrkgvrArbdnst and AansltnrGeguitwlngArbdnst", problems);
        Assert.Contains("Employers: Werkgeverscode 01 is listed twice", problems);
        Assert.Contains("VrwrkCd.End must be two digits", problems);
    }

    [Fact]
    public void Offline_profiles_can_identify_unmapped_employers_by_their_code()
    {
        var profile = new MappingProfile { Release = "2024", UseWerkgeverscodeForUnmappedEmployers = true };

        var employer = profile.Employer(" 07 ");

        Assert.Equal(("07", "07", "07", true), (employer!.Werkgeverscode, employer.IdWrkgvrArbdnst, employer.AansltnrGeguitwlngArbdnst, employer.Active));
    }
}
