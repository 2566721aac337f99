using System.Globalization;

namespace Afas.Simulator.Data;

/// <summary>
/// Home addresses: mostly Dutch ("1234AB", some "1234 AB" or "1234ab", additions like "12a" split as 12 + "a"),
/// about 3% abroad and 1% left empty ("" as AFAS shows an unfilled address).
/// </summary>
internal static class AddressGenerator
{
    public static SimAddress For(long seed, int employeeIndex, int version)
    {
        var random = SimRandom.For(seed, SimStream.Address, employeeIndex, version);
        var roll = random.NextDouble();
        if (roll < 0.01)
        {
            return new SimAddress("", null, null, "", "", "NL");
        }
        if (roll < 0.04)
        {
            var abroad = random.Pick(DutchPlaces.Abroad);
            return new SimAddress(abroad.Street, random.Next(1, 150), null, abroad.Postcode, abroad.City, abroad.Country);
        }
        var (place, area) = random.Pick(DutchPlaces.Cities);
        var digits = string.Create(CultureInfo.InvariantCulture, $"{area:D2}{random.Next(11, 100):D2}");
        var letters = DutchPlaces.PostcodeLetters(random);
        var style = random.NextDouble();
        var postcode = style < 0.85 ? digits + letters
            : style < 0.95 ? digits + " " + letters
            : digits + letters.ToLowerInvariant();
        var addition = random.Chance(0.12) ? random.Pick(DutchPlaces.HouseNumberAdditions) : null;
        return new SimAddress(random.Pick(DutchPlaces.Streets), random.Next(1, 300), addition, postcode, place, "NL");
    }
}
