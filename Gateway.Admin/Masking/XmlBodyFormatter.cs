using Gateway.Core.Privacy;

namespace Gateway.Admin.Masking;

/// <summary>Shows a stored SIVI message: <see cref="XmlBodyMasking"/> (indented; masked for auditors).</summary>
public static class XmlBodyFormatter
{
    public const string Masked = XmlBodyMasking.Masked;

    /// <summary>The body pretty-printed, masked when <paramref name="masked"/> except for the categories in <paramref name="visible"/>.</summary>
    public static string Format(ReadOnlySpan<byte> body, bool masked, IReadOnlySet<PersonalDataCategory>? visible = null) =>
        XmlBodyMasking.Format(body, masked, visible);
}
