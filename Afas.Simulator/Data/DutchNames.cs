namespace Afas.Simulator.Data;

/// <summary>Name material for synthetic Dutch employees (common names; no real persons).</summary>
internal static class DutchNames
{
    public static readonly string[] MaleFirstNames =
    [
        "Jan", "Pieter", "Kees", "Willem", "Hendrik", "Johannes", "Cornelis", "Gerrit", "Dirk", "Bas", "Daan", "Sem",
        "Lucas", "Thijs", "Ruben", "Jeroen", "Mark", "Dennis", "Sander", "Niels", "Joost", "Bram", "Tim", "Stijn",
        "Martijn", "Erik", "Frank", "Hans", "Rob", "Wouter", "Arjen", "Koen", "Youssef", "Mohamed", "Mehmet", "Denny",
    ];

    public static readonly string[] FemaleFirstNames =
    [
        "Anna", "Maria", "Johanna", "Cornelia", "Elisabeth", "Sanne", "Emma", "Julia", "Sophie", "Lotte", "Eva", "Fleur",
        "Anouk", "Iris", "Lisa", "Marieke", "Esther", "Linda", "Petra", "Ingrid", "Monique", "Karin", "Femke", "Noor",
        "Saskia", "Ilse", "Annemieke", "Yvonne", "Fatima", "Samira", "Ayse", "Zeynep", "Ilona", "Wilma", "Tessa", "Mila",
    ];

    public static readonly string[] Surnames =
    [
        "Jansen", "Vries", "Bakker", "Visser", "Smit", "Meijer", "Boer", "Mulder", "Groot", "Bos", "Vos", "Peters",
        "Hendriks", "Berg", "Dekker", "Brink", "Dijk", "Leeuwen", "Wal", "Dam", "Verhoeven", "Kok", "Jacobs", "Haan",
        "Vermeulen", "Heuvel", "Veen", "Broek", "Schouten", "Willems", "Hoekstra", "Koster", "Prins", "Huisman",
        "Postma", "Kuipers", "Timmermans", "Maas", "Verbeek", "Brouwer", "Yilmaz", "El Amrani", "Graaf", "Wit",
    ];

    /// <summary>Voorvoegsels; most people have none.</summary>
    public static readonly string[] Prefixes =
        ["van", "de", "van der", "van den", "van de", "den", "ter", "ten", "in 't", "van 't", "de la", "op den"];

    /// <summary>AFAS naamgebruik values used by the simulator for Voorkeurshantering.</summary>
    public static readonly string[] NameUsages =
        ["Geboortenaam", "Geb. naam partner + Geboortenaam", "Geboortenaam partner", "Geboortenaam + Geb. naam partner"];

    public static readonly string[] Functions =
    [
        "Verpleegkundige", "Verzorgende IG", "Teamleider", "Medewerker administratie", "Controller",
        "Assistent controller", "Bedrijfsarts", "Monteur", "Magazijnmedewerker", "Chauffeur", "HR-adviseur",
        "Applicatiebeheerder", "Schoonmaker", "Receptionist", "Projectleider", "Accountmanager", "Kok",
    ];

    public static readonly string[] DepartmentNames =
    [
        "Financien", "Personeelszaken", "ICT", "Zorg Noord", "Zorg Zuid", "Thuiszorg", "Facilitair", "Inkoop",
        "Verkoop", "Logistiek", "Techniek", "Klantenservice", "Planning", "Kwaliteit", "Communicatie", "Directie",
    ];

    public static readonly string[] Remarks =
        ["Telefonisch ziek gemeld", "Ziekmelding via leidinggevende", "Melding via app", "Gemeld door collega"];
}
