using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>
/// An AFAS address as SIVI wants it: Dutch (StrAdrNl: postcode "1234AB", house number split into Huisnr and HuisToev,
/// place) or foreign (StrAdrBl: ISO country code, place, house number as text). Empty addresses are absent; incomplete
/// ones name the missing or unreadable field. <see cref="Number"/> is AFAS's Huisnummer as it arrived (number or text).
/// </summary>
public sealed record PostalAddress(string? Street, string? Number, string? Addition, string? Postcode, string? City, string? Country)
{
    /// <summary>Nothing filled in (AFAS shows an unfilled address as "" fields and Land "NL").</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Addition)
        && string.IsNullOrWhiteSpace(Postcode) && string.IsNullOrWhiteSpace(City);

    /// <summary>The two-letter country code; empty, "NL", "NLD" and "Nederland" are the Netherlands; null when unreadable.</summary>
    public string? CountryCode
    {
        get
        {
            var value = Country?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(value) || value is "NL" or "NLD" or "NEDERLAND")
            {
                return "NL";
            }
            return value.Length == 2 && value.All(char.IsAsciiLetterUpper) ? value : null;
        }
    }

    /// <summary>
    /// The Dutch address element, or a problem when it is incomplete or unreadable. Problems name the home address's
    /// fields (Postcode, Huisnummer, Huisnummer_toevoeging, Woonplaats); a care address translates them.
    /// </summary>
    public (StrAdrNl? Address, MappingNote? Problem) ToDutch(string srtAdrsCd, HouseNumberLimits limits)
    {
        var postcode = Postcodes.Dutch(Postcode);
        if (postcode is null)
        {
            return (null, new MappingNote("Postcode", string.IsNullOrWhiteSpace(Postcode) ? "is missing" : "is not a Dutch postcode (four digits, two letters)"));
        }
        var house = HouseNumbers.Dutch(Number, Addition, limits);
        if (house.Problem is { } problem)
        {
            return (null, problem);
        }
        var city = SiviText.Fit(City, 24);
        if (city is null)
        {
            return (null, new MappingNote("Woonplaats", "is missing"));
        }
        return (new StrAdrNl
        {
            SrtAdrsCd = srtAdrsCd,
            Pc = postcode,
            Wnpl = city,
            StraatLang = SiviText.Fit(Street, 80),
            Huisnr = house.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            HuisToev = house.Addition,
        }, null);
    }

    /// <summary>The foreign address element, or a problem when it is incomplete.</summary>
    public (StrAdrBl? Address, MappingNote? Problem) ToForeign(string srtAdrsCd)
    {
        var city = SiviText.Fit(City, 24);
        if (city is null)
        {
            return (null, new MappingNote("Woonplaats", "is missing"));
        }
        var number = HouseNumbers.Foreign(Number, Addition, 9);
        if (number is null)
        {
            return (null, new MappingNote("Huisnummer", "is missing"));
        }
        return (new StrAdrBl
        {
            SrtAdrsCd = srtAdrsCd,
            PcBtl = SiviText.Fit(Postcode, 9),
            WnplBtl = city,
            LandCd = CountryCode,
            StraatLang = SiviText.Fit(Street, 80),
            HuisnrBtl = number,
        }, null);
    }
}
