namespace Gateway.Admin.Ui;

/// <summary>Every text of the web UI in one language (<see cref="UiLanguages.Dutch"/> by default, <see cref="UiLanguages.English"/>).</summary>
internal sealed class UiText
{
    public required string Language { get; init; }

    public required string OtherLanguageCode { get; init; }

    public required string OtherLanguage { get; init; }

    public required string AppTitle { get; init; }

    public required string Dashboard { get; init; }

    public required string Employers { get; init; }

    public required string Uitval { get; init; }

    public required string Retourmeldingen { get; init; }

    public required string Afspraken { get; init; }

    public required string Messages { get; init; }

    public required string Audit { get; init; }

    public required string Logout { get; init; }

    public required string RoleAdmin { get; init; }

    public required string RoleAuditor { get; init; }

    public required string Login { get; init; }

    public required string ApiKey { get; init; }

    public required string LoginFailed { get; init; }

    public required string LoginThrottled { get; init; }

    public required string Accounts { get; init; }

    public required string Account { get; init; }

    public required string Integration { get; init; }

    public required string State { get; init; }

    public required string Blocked { get; init; }

    public required string Active { get; init; }

    public required string Held { get; init; }

    public required string Queued { get; init; }

    public required string Delivered { get; init; }

    public required string Failed { get; init; }

    public required string Pulls { get; init; }

    public required string Connector { get; init; }

    public required string Started { get; init; }

    public required string Finished { get; init; }

    public required string Rows { get; init; }

    public required string NewChangedGone { get; init; }

    public required Func<double, int, string> RunningFor { get; init; }

    public required string Never { get; init; }

    public required string Disabled { get; init; }

    public required string OpenUitval { get; init; }

    public required Func<int, string> RejectionsOfDays { get; init; }

    public required string NothingFound { get; init; }

    public required string Delivery { get; init; }

    public required string HostKey { get; init; }

    public required string Block { get; init; }

    public required string BlockExplanation { get; init; }

    public required string Reason { get; init; }

    public required string ReasonRequired { get; init; }

    public required string Restart { get; init; }

    public required Func<int, string> HeldMessages { get; init; }

    public required string Process { get; init; }

    public required string Discard { get; init; }

    public required string History { get; init; }

    public required string Created { get; init; }

    public required string Type { get; init; }

    public required string Case { get; init; }

    public required string Attempts { get; init; }

    public required string LastError { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string FirstSeen { get; init; }

    public required string ActivatedBy { get; init; }

    public required string Activate { get; init; }

    public required string Deactivate { get; init; }

    public required string AwaitingActivation { get; init; }

    public required string ShowAll { get; init; }

    public required string Stage { get; init; }

    public required string Record { get; init; }

    public required string Field { get; init; }

    public required string Status { get; init; }

    public required string Retry { get; init; }

    public required string Dismiss { get; init; }

    public required string RetryMatching { get; init; }

    public required string RetryMatchingExplanation { get; init; }

    public required string ReasonContains { get; init; }

    public required string Filter { get; init; }

    public required string All { get; init; }

    public required string Days { get; init; }

    public required string Outcome { get; init; }

    public required string Answered { get; init; }

    public required string Reasons { get; init; }

    public required string Employee { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required Func<int, string> MessagesFound { get; init; }

    /// <summary>"101–200 of 771": the rows shown and how many there are.</summary>
    public required Func<int, int, int, string> PagerRange { get; init; }

    public required string PagerPrevious { get; init; }

    public required string PagerNext { get; init; }

    public required Func<long, string> MessageTitle { get; init; }

    public required string MaskedNotice { get; init; }

    public required string Content { get; init; }

    public required string FileName { get; init; }

    public required string Acknowledged { get; init; }

    public required string At { get; init; }

    public required string User { get; init; }

    public required string Action { get; init; }

    public required string Target { get; init; }

    public required string Forbidden { get; init; }

    public required string FormExpired { get; init; }

    public required string NotFound { get; init; }

    public required string Actions { get; init; }

    public required string AutoRefresh { get; init; }

    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public required IReadOnlyDictionary<string, Func<string, int, string>> Notices { get; init; }

    /// <summary>A state, stage or outcome name (<c>Held</c>, <c>Delivery</c>, …) in this language.</summary>
    public string Term(string name) => Names.TryGetValue(name, out var text) ? text : name;

    /// <summary>The sentence for a notice key after an action, or null for an unknown key.</summary>
    public string? Notice(string key, string subject, int count) => Notices.TryGetValue(key, out var format) ? format(subject, count) : null;
}
