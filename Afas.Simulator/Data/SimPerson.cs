namespace Afas.Simulator.Data;

/// <summary>Personal data of an employee that does not change over the simulation.</summary>
internal sealed record SimPerson(
    string Voorletters,
    string Roepnaam,
    string? Voorvoegsel,
    string Achternaam,
    string? VoorvoegselPartner,
    string? GeboortenaamPartner,
    string Voorkeurshantering,
    string Geslacht,
    DateOnly Geboortedatum,
    string? VoorvoegselGeboortenaam,
    string? TelefoonPrive,
    string? MobielPrive,
    string? EmailPrive,
    string MobielWerk,
    string? EmailWerk);
