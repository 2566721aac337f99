namespace Afas.Simulator.Data;

/// <summary>Streets, places and postcode areas for synthetic addresses.</summary>
internal static class DutchPlaces
{
    public static readonly string[] Streets =
    [
        "Hoofdstraat", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianastraat",
        "Beatrixlaan", "Wilhelminastraat", "Nieuwstraat", "Kastanjelaan", "Eikenlaan", "Parallelweg", "Marktplein",
        "Europalaan", "Prinses Irenestraat", "Burgemeester de Withstraat", "Van 't Hoffstraat", "Sportlaan", "Ringdijk",
    ];

    /// <summary>Place with the first two postcode digits of its area.</summary>
    public static readonly (string City, int PostcodeArea)[] Cities =
    [
        ("Amsterdam", 10), ("Haarlem", 20), ("Leiden", 23), ("Den Haag", 25), ("Rotterdam", 30), ("Dordrecht", 33),
        ("Utrecht", 35), ("Amersfoort", 38), ("Tiel", 40), ("Breda", 48), ("Tilburg", 50), ("Eindhoven", 56),
        ("Venlo", 59), ("Maastricht", 62), ("Nijmegen", 65), ("Arnhem", 68), ("Enschede", 75), ("Zwolle", 80),
        ("Leeuwarden", 89), ("Groningen", 97), ("Assen", 94), ("Middelburg", 43), ("Alkmaar", 18), ("Lelystad", 82),
    ];

    /// <summary>Places abroad: country code, place, postcode.</summary>
    public static readonly (string Country, string City, string Postcode, string Street)[] Abroad =
    [
        ("BE", "Antwerpen", "2000", "Meir"), ("BE", "Gent", "9000", "Veldstraat"), ("BE", "Hasselt", "3500", "Demerstraat"),
        ("DE", "Kleve", "47533", "Hagsche Strasse"), ("DE", "Aachen", "52062", "Adalbertstrasse"),
        ("DE", "Emmerich am Rhein", "46446", "Steinstrasse"),
    ];

    public static readonly string[] HouseNumberAdditions = ["a", "b", "A", "bis", "2", "hs", "-1", "III", "zw"];

    public static readonly string[] Hospitals =
        ["Ziekenhuis Rivierenland", "Medisch Centrum Noord", "Sint Antonius Ziekenhuis", "Gelre ziekenhuizen"];

    /// <summary>Postcode letter pairs; SA, SD and SS are not issued.</summary>
    public static string PostcodeLetters(SimRandom random)
    {
        const string letters = "ABCEGHJKLMNPRSTVWXZ";
        while (true)
        {
            var pair = string.Concat(letters[random.Next(letters.Length)], letters[random.Next(letters.Length)]);
            if (pair is not ("SA" or "SD" or "SS"))
            {
                return pair;
            }
        }
    }
}
