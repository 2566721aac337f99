using Gateway.Host.Afas.Rows;

namespace Gateway.Host.Mapping.Employers;

/// <summary>An organisation unit to report in a WerkgeversGegevens message, with the VrwrkCd of its mutation.</summary>
public sealed record OrgUnitChange(OrganigramRow Unit, string VrwrkCd);
