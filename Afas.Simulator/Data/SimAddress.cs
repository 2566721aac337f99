namespace Afas.Simulator.Data;

/// <summary>A postal address as AFAS holds it (house number and addition apart).</summary>
internal sealed record SimAddress(
    string? Street,
    int? HouseNumber,
    string? Addition,
    string? Postcode,
    string? City,
    string Country);
