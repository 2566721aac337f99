namespace Gateway.Admin.Ui;

/// <summary>What every page needs: the language, who is looking (and may they change things), the form token and a notice.</summary>
internal sealed record UiPage(UiText T, string? User, bool IsAdmin, Html FormToken, string Path, string? Notice)
{
    /// <summary>Auditors see personal data masked.</summary>
    public bool Masked => !IsAdmin;

    /// <summary>An Amsterdam wall-clock time for a UTC instant.</summary>
    public static string Time(DateTime? utc) => utc is { } value
        ? Core.Time.AmsterdamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc))).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
        : "";

    /// <summary>A form posting to <paramref name="action"/> with the antiforgery token.</summary>
    public Html Form(string action, Html fields, string? cssClass = null) =>
        H.Of($"<form method=\"post\" action=\"{action}\" class=\"{cssClass ?? "inline"}\">{FormToken}{fields}</form>");
}
