using System.Globalization;

namespace Afas.Simulator.Data;

/// <summary>Derives the employers of a world.</summary>
internal static class EmployerGenerator
{
    private static readonly (string Name, string Domain)[] Names =
    [
        ("Zorggroep De Linde B.V.", "zorggroepdelinde.example"), ("Bouwbedrijf Van Dijk B.V.", "vandijkbouw.example"),
        ("Transport Noord B.V.", "transportnoord.example"), ("Thuiszorg 't Anker B.V.", "hetanker.example"),
        ("Installatietechniek Oost B.V.", "itoost.example"), ("Schoonmaak Partners B.V.", "schoonmaakpartners.example"),
        ("Facilitair Bedrijf Midden B.V.", "fbmidden.example"),
    ];

    private static readonly decimal[] FullTimeHours = [36m, 38m, 40m];

    public static IReadOnlyList<SimEmployer> Create(SimWorld world)
    {
        var employers = new List<SimEmployer>(world.Shape.EmployerCount);
        var first = (int)(SimRandom.Mix(unchecked((ulong)world.Seed) ^ 0xE3E3UL) % (ulong)Names.Length);
        for (var i = 0; i < world.Shape.EmployerCount; i++)
        {
            var random = SimRandom.For(world.Seed, SimStream.Employer, i);
            var (name, domain) = Names[(first + i) % Names.Length];
            var (city, area) = random.Pick(DutchPlaces.Cities);
            var address = new SimAddress(
                random.Pick(DutchPlaces.Streets),
                random.Next(1, 200),
                random.Chance(0.3) ? random.Pick(DutchPlaces.HouseNumberAdditions) : "",
                string.Create(CultureInfo.InvariantCulture, $"{area:D2}{random.Next(10, 100):D2}{DutchPlaces.PostcodeLetters(random)}"),
                city,
                "NL");
            employers.Add(new SimEmployer(i, (i + 1).ToString("D2", CultureInfo.InvariantCulture), name, domain,
                address, random.Pick(FullTimeHours)));
        }
        return employers;
    }
}
