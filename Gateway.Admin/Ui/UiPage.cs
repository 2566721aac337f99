namespace Gateway.Admin.Ui;

/// <summary>What every page needs: the language, who is looking (and may they change things), the form token and a notice.</summary>
internal sealed record UiPage(UiText T, string? User, bool IsAdmin, Html FormToken, string Path, string? Notice, Data.ConsoleAlerts? Alerts = null)
{
    /// <summary>Auditors see personal data masked.</summary>
    public bool Masked => !IsAdmin;

    /// <summary>
    /// The UI's one time rule: an instant as Europe/Amsterdam wall-clock time with the zone's abbreviation at that
    /// instant, <c>2026-12-07 08:15:00 CET</c> (<c>CEST</c> in summer); the footer of every page states the rule.
    /// </summary>
    public static string Time(DateTime? utc)
    {
        if (utc is not { } value)
        {
            return "";
        }
        var instant = new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));
        var zone = Core.Time.AmsterdamTime.Zone.IsDaylightSavingTime(instant) ? "CEST" : "CET";
        return Core.Time.AmsterdamTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " " + zone;
    }

    /// <summary>A form posting to <paramref name="action"/> with the antiforgery token.</summary>
    public Html Form(string action, Html fields, string? cssClass = null) =>
        H.Of($"<form method=\"post\" action=\"{action}\" class=\"{cssClass ?? "inline"}\">{FormToken}{fields}</form>");
}
