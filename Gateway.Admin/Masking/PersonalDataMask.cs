using Gateway.Core.Privacy;

namespace Gateway.Admin.Masking;

/// <summary>
/// What auditors see of free texts (uitval reasons, delivery errors, rejection reasons): BSNs (nine digits passing
/// the elfproef), IBANs and medical terms masked by <see cref="PersonalDataScrubber"/>. Admins see texts as stored.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>The text as the viewer may see it.</summary>
    public static string? Text(string? text, bool masked) => masked ? PersonalDataScrubber.Scrub(text) : text;

    /// <summary>
    /// An identifier (case key, record key) as the viewer may see it: masked only when the whole value is a BSN or
    /// IBAN, so hexadecimal ids that happen to hold nine digits stay readable.
    /// </summary>
    public static string? Identifier(string? value, bool masked)
    {
        if (!masked || string.IsNullOrEmpty(value))
        {
            return value;
        }
        var scrubbed = PersonalDataScrubber.Scrub(value.Trim());
        return scrubbed is PersonalDataScrubber.BsnMask or PersonalDataScrubber.IbanMask ? scrubbed : value;
    }
}
