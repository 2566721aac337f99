using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Employers;

/// <summary>An organisation unit to report in a WerkgeversGegevens message, with the VrwrkCd of its mutation.</summary>
public sealed record OrgUnitChange(OrganigramRow Unit, string VrwrkCd);
