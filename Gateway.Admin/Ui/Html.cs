using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Gateway.Admin.Ui;

/// <summary>A fragment of HTML that is safe to write as is: built only by <see cref="H.Of"/>, which encodes every value.</summary>
internal readonly record struct Html(string Value)
{
    public static Html Empty { get; } = new("");

    public override string ToString() => Value;
}

/// <summary>
/// Interpolated strings for HTML: literals are written as they are; every interpolated value is HTML-encoded, except
/// another <see cref="Html"/> fragment. So <c>H.Of($"&lt;td&gt;{name}&lt;/td&gt;")</c> cannot inject markup.
/// </summary>
[InterpolatedStringHandler]
internal readonly struct HtmlInterpolation
{
    private readonly StringBuilder _builder;

    public HtmlInterpolation(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string value) => _builder.Append(value);

    public void AppendFormatted(Html value) => _builder.Append(value.Value);

    public void AppendFormatted(IEnumerable<Html> values)
    {
        foreach (var value in values)
        {
            _builder.Append(value.Value);
        }
    }

    public void AppendFormatted(string? value) => _builder.Append(HtmlEncoder.Default.Encode(value ?? ""));

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>Any other value: a sequence of fragments as they are (a list binds here rather than to the <see cref="IEnumerable{T}"/> overload), else its invariant text, encoded.</summary>
    public void AppendFormatted<T>(T value, string? format)
    {
        switch (value)
        {
            case Html html:
                AppendFormatted(html);
                break;
            case IEnumerable<Html> fragments:
                AppendFormatted(fragments);
                break;
            case IFormattable formattable:
                AppendFormatted(formattable.ToString(format, CultureInfo.InvariantCulture));
                break;
            default:
                AppendFormatted(value?.ToString());
                break;
        }
    }

    public Html Build() => new(_builder.ToString());
}

/// <summary>Builds <see cref="Html"/>.</summary>
internal static class H
{
    public static Html Of(HtmlInterpolation html) => html.Build();

    public static Html When(bool condition, Html html) => condition ? html : Html.Empty;

    /// <summary>A query-string value, escaped for a URL (the surrounding interpolation HTML-encodes it too).</summary>
    public static string Url(string value) => Uri.EscapeDataString(value);
}
