namespace Gateway.Admin;

/// <summary>
/// Configuration section <c>Gateway:Admin</c>: where the admin API and web UI listen and who may use them. Users
/// authenticate with their API key (header <c>X-Api-Key</c> or <c>Authorization: Bearer</c>; the UI turns it into a
/// session cookie). Keys may be stored encrypted (<c>enc:v1:…</c>, see <c>gateway secrets protect</c>).
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Gateway:Admin";

    /// <summary>Listen addresses, separated by <c>;</c>. Default: loopback only.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:8080";

    public List<AdminUserOptions> Users { get; set; } = [];

    /// <summary>Minutes without activity after which a UI session ends (sliding).</summary>
    public int SessionMinutes { get; set; } = 60;

    /// <summary>Hours after login after which a UI session ends however active it is.</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>
    /// Folder with the keys that protect session and antiforgery cookies; nodes behind one address share it.
    /// Default <c>var/admin-keys</c>.
    /// </summary>
    public string KeysFolder { get; set; } = Path.Combine("var", "admin-keys");

    /// <summary>
    /// The kinds of personal data auditors see in stored messages (<c>Names</c>, <c>Addresses</c>, <c>BirthDates</c>,
    /// <c>Contact</c>); empty by default: all masked. BSN, IBAN and medical content are masked for auditors always.
    /// </summary>
    public List<Core.Privacy.PersonalDataCategory> AuditorSees { get; set; } = [];

    /// <summary>Unknown API keys one client address may present within <see cref="FailedKeyWindowMinutes"/> before its keys are refused unchecked.</summary>
    public int FailedKeyLimit { get; set; } = 10;

    /// <summary>Minutes from an address's first unknown key during which <see cref="FailedKeyLimit"/> counts, and it then waits.</summary>
    public int FailedKeyWindowMinutes { get; set; } = 15;

    /// <summary>The listen addresses as a list.</summary>
    public IReadOnlyList<string> UrlList =>
        Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
