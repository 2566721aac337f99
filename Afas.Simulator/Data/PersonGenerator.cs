using System.Globalization;

namespace Afas.Simulator.Data;

/// <summary>Names, gender, birth date and contact details of an employee.</summary>
internal static class PersonGenerator
{
    private static readonly string[] PrivateMailDomains = ["example.com", "example.org", "example.net"];

    private static readonly string[] AreaCodes = ["010", "020", "023", "024", "026", "030", "033", "035", "040", "043", "050", "053", "070", "073", "076", "078", "0118", "0299", "0513"];

    public static SimPerson Create(SimRandom random, DateOnly startDate, string employerDomain)
    {
        var genderRoll = random.NextDouble();
        var gender = genderRoll < 0.49 ? "Man" : genderRoll < 0.99 ? "Vrouw" : "Onbekend";
        var names = gender == "Man" ? DutchNames.MaleFirstNames
            : gender == "Vrouw" ? DutchNames.FemaleFirstNames
            : random.Chance(0.5) ? DutchNames.MaleFirstNames : DutchNames.FemaleFirstNames;
        var firstNames = new string[1 + random.Next(3)];
        for (var i = 0; i < firstNames.Length; i++)
        {
            firstNames[i] = random.Pick(names);
        }
        var initials = string.Concat(firstNames.Select(n => n[0] + "."));
        var prefix = random.Chance(0.25) ? random.Pick(DutchNames.Prefixes) : null;
        var surname = random.Pick(DutchNames.Surnames);
        var age = random.Next(18, 67);
        var birthDate = startDate.AddDays(-((age * 365) + random.Next(365)));
        string? partnerPrefix = null;
        string? partnerName = null;
        var usage = DutchNames.NameUsages[0];
        if (age >= 23 && random.Chance(0.4))
        {
            partnerPrefix = random.Chance(0.25) ? random.Pick(DutchNames.Prefixes) : null;
            partnerName = random.Pick(DutchNames.Surnames);
            usage = random.Chance(0.5) ? DutchNames.NameUsages[0] : DutchNames.NameUsages[1 + random.Next(3)];
        }
        var birthNamePrefix = random.Chance(0.03) ? random.Pick(DutchNames.Prefixes) : null;
        var local = MailLocalPart(firstNames[0], surname);
        var phone = random.Chance(0.35)
            ? PhoneNumber(random)
            : null;
        var mobile = random.Chance(0.85) ? Mobile(random) : null;
        var mailRoll = random.NextDouble();
        var privateMail = mailRoll < 0.75
            ? string.Create(CultureInfo.InvariantCulture, $"{local}{random.Next(1, 100)}@{random.Pick(PrivateMailDomains)}")
            : mailRoll < 0.8 ? "" : null;
        var workMobile = random.Chance(0.4) ? Mobile(random) : "";
        var workMail = random.Chance(0.9) ? $"{local}@{employerDomain}" : null;
        return new SimPerson(initials, firstNames[0], prefix, surname, partnerPrefix, partnerName, usage, gender,
            birthDate, birthNamePrefix, phone, mobile, privateMail, workMobile, workMail);
    }

    /// <summary>An area code and subscriber number of ten digits in total, e.g. "030-1234567" or "0118-123456".</summary>
    private static string PhoneNumber(SimRandom random)
    {
        var area = random.Pick(AreaCodes);
        var digits = 10 - area.Length;
        return area + "-" + random.Next((int)Math.Pow(10, digits - 1), (int)Math.Pow(10, digits)).ToString(CultureInfo.InvariantCulture);
    }

    private static string Mobile(SimRandom random) =>
        string.Create(CultureInfo.InvariantCulture, $"06-{random.Next(10_000_000, 100_000_000)}");

    private static string MailLocalPart(string firstName, string surname) =>
        new string((firstName + "." + surname).ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
}
