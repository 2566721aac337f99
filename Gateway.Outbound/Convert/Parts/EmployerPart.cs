using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>The Wrkgvr identification every message starts with: name, ids at the arbodienst and loonheffingennummer.</summary>
public static class EmployerPart
{
    public static Wrkgvr Create(WerkgeverRow? row, EmployerMapping mapping, ReleaseShape shape)
    {
        var werkgever = new Wrkgvr
        {
            HndlsnmOrg = SiviText.Fit(row?.Werkgeversnaam, 100) ?? SiviText.Fit(mapping.Handelsnaam, 100)
                ?? throw new MappingException(WerkgeverFields.Werkgeversnaam, $"is missing for employer {mapping.Werkgeverscode} and the profile has no Handelsnaam"),
            IdWrkgvrArbdnst = SiviText.Code(mapping.IdWrkgvrArbdnst, 40, nameof(EmployerMapping.IdWrkgvrArbdnst))
                ?? throw new MappingException(nameof(EmployerMapping.IdWrkgvrArbdnst), $"is not configured for employer {mapping.Werkgeverscode}"),
            AansltnrGeguitwlngArbdnst = SiviText.Code(mapping.AansltnrGeguitwlngArbdnst, 70, nameof(EmployerMapping.AansltnrGeguitwlngArbdnst))
                ?? throw new MappingException(nameof(EmployerMapping.AansltnrGeguitwlngArbdnst), $"is not configured for employer {mapping.Werkgeverscode}"),
            Lhnr = SiviText.Code(mapping.Loonheffingennummer, 12, nameof(EmployerMapping.Loonheffingennummer)),
        };
        if (werkgever.Lhnr is null && shape.Requires("Wrkgvr/Lhnr"))
        {
            throw new MappingException(nameof(EmployerMapping.Loonheffingennummer),
                $"is not configured for employer {mapping.Werkgeverscode}; {shape.MessageName} requires Lhnr");
        }
        return werkgever;
    }
}
