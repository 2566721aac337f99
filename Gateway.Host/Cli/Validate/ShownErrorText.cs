using Gateway.Core.Privacy;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Cli.Validate;

/// <summary>
/// What <c>gateway validate</c> prints of a schema error: the framework quotes the offending value ("The value '…' is
/// invalid"), which for an element that holds personal data (SofiNr, Iban, names, a person's address, birth date or
/// contact details: <see cref="PersonalElements"/>) is personal data itself, so there the value is cut out; in every
/// error any BSN, IBAN or medical term is masked. Errors about codes, dates and amounts keep their value: that is what
/// an operator needs to fix the file.
/// </summary>
internal static class ShownErrorText
{
    public static string Of(SiviValidationError error) =>
        PersonalElements.MayHoldPersonalData(LocalName(error.Path))
            ? PersonalDataScrubber.Scrub(error.Message)
            : PersonalDataScrubber.MaskShapes(error.Message);

    /// <summary>The last element of a path like <c>/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[2]/SofiNr</c>.</summary>
    private static string LocalName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "";
        }
        var last = path[(path.LastIndexOf('/') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        last = bracket >= 0 ? last[..bracket] : last;
        var colon = last.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? last[(colon + 1)..] : last;
    }
}
