using System.Globalization;
using System.Text;

namespace Afas.Simulator.Data;

/// <summary>IBANs with valid ISO 13616 mod-97 check digits and the BIC of their bank; mostly Dutch, some Belgian and German.</summary>
internal static class IbanGenerator
{
    private static readonly (string Bank, string Bic)[] DutchBanks =
    [
        ("ABNA", "ABNANL2AXXX"), ("RABO", "RABONL2UXXX"), ("INGB", "INGBNL2AXXX"), ("SNSB", "SNSBNL2AXXX"),
        ("ASNB", "ASNBNL21XXX"), ("TRIO", "TRIONL2UXXX"), ("KNAB", "KNABNL2HXXX"), ("BUNQ", "BUNQNL2AXXX"),
        ("RBRB", "RBRBNL21XXX"),
    ];

    private static readonly (string Bank, string Bic)[] BelgianBanks =
        [("001", "GEBABEBBXXX"), ("068", "GKCCBEBBXXX"), ("310", "BBRUBEBBXXX"), ("735", "KREDBEBBXXX")];

    private static readonly (string Blz, string Bic)[] GermanBanks =
        [("37040044", "COBADEFFXXX"), ("50070010", "DEUTDEFFXXX"), ("10010010", "PBNKDEFFXXX")];

    public static (string Iban, string? Bic) Generate(SimRandom random)
    {
        var roll = random.NextDouble();
        if (roll < 0.015)
        {
            var (bank, bic) = random.Pick(BelgianBanks);
            var account = Digits(random, 7);
            var national = long.Parse(bank + account, CultureInfo.InvariantCulture) % 97;
            var bban = bank + account + (national == 0 ? 97 : national).ToString("D2", CultureInfo.InvariantCulture);
            return (WithCheckDigits("BE", bban), bic);
        }
        if (roll < 0.03)
        {
            var (blz, bic) = random.Pick(GermanBanks);
            return (WithCheckDigits("DE", blz + Digits(random, 10)), bic);
        }
        var (dutchBank, dutchBic) = random.Pick(DutchBanks);
        // about one in twenty records has no BIC (AFAS leaves it empty for Dutch accounts)
        var withBic = !random.Chance(0.05);
        return (WithCheckDigits("NL", dutchBank + Digits(random, 10)), withBic ? dutchBic : null);
    }

    /// <summary>ISO 13616: moving the first four characters to the end and reading letters as 10..35 gives 1 modulo 97.</summary>
    public static bool IsValid(string iban) =>
        iban.Length >= 15 && iban.All(char.IsAsciiLetterOrDigit) && Mod97(iban[4..] + iban[..4]) == 1;

    private static string WithCheckDigits(string country, string bban)
    {
        var check = 98 - Mod97(bban + country + "00");
        return country + check.ToString("D2", CultureInfo.InvariantCulture) + bban;
    }

    private static int Mod97(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : char.ToUpperInvariant(c) - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }
        return remainder;
    }

    private static string Digits(SimRandom random, int count)
    {
        var builder = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }
        return builder.ToString();
    }
}
