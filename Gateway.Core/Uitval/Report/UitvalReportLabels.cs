using Gateway.Core.Integrations;

namespace Gateway.Core.Uitval.Report;

/// <summary>The Dutch words the report uses for stages, severities and data streams.</summary>
public static class UitvalReportLabels
{
    public static string Stage(UitvalStage stage) => stage switch
    {
        UitvalStage.Import => "Import",
        UitvalStage.Transformation => "Transformatie",
        UitvalStage.Validation => "Validatie",
        UitvalStage.Delivery => "Aflevering",
        UitvalStage.Connection => "Verbinding",
        _ => stage.ToString(),
    };

    public static string Severity(UitvalSeverity severity) => severity switch
    {
        UitvalSeverity.Uitval => "Uitval",
        UitvalSeverity.Warning => "Waarschuwing",
        UitvalSeverity.Notice => "Melding",
        _ => severity.ToString(),
    };

    /// <summary>The data stream a connector or message type belongs to, as the seed names them.</summary>
    public static string Stream(string? connector) => connector switch
    {
        null or "" => "-",
        AfasConnectorIds.Werkgevers => "Werkgevers",
        AfasConnectorIds.Organigram => "Organisatiestructuur",
        AfasConnectorIds.MedewerkerGegevens => "Medewerkers en dienstverbanden",
        AfasConnectorIds.Verzuim => "Verzuim",
        AfasConnectorIds.AccountsAutorisaties => "Leidinggevenden",
        AfasConnectorIds.MedewerkerIban => "IBAN",
        "WerkgeversGegevensBasisregistratie" => "Werkgevers (WerkgeversGegevensBasisregistratie)",
        "Dienstverbanden" => "Medewerkers (Dienstverbanden)",
        "WerknemersGegevens" => "Medewerkers (WerknemersGegevens)",
        "Verzuimmeldingen" => "Verzuim (Verzuimmeldingen)",
        "Retourmelding1" => "Retourmeldingen",
        _ => connector,
    };

    /// <summary>
    /// The line of an item as a sentence that stands alone: what, where, which record and why, e.g. "Transformatie,
    /// account arbo, datastroom Medewerkers en dienstverbanden, sleutel {…}: Loonheffingennummer is not configured for
    /// employer 01." A reason that is a predicate ("is missing") gets its field as subject.
    /// </summary>
    public static string Sentence(UitvalReportItem item)
    {
        var reason = item.Reason.Trim().TrimEnd('.');
        var subject = item.Field is { Length: > 0 } field && reason.Length > 0 && char.IsLower(reason[0])
            ? $"{field} {reason}"
            : item.Field is { Length: > 0 } named && !reason.Contains(named, StringComparison.Ordinal) ? $"{reason} (veld {named})" : reason;
        var where = $"account {item.Account}, datastroom {Stream(item.Connector)}";
        return item.Kind switch
        {
            UitvalItemKind.PullFailure => $"De synchronisatie van {where} is mislukt: {subject}.",
            UitvalItemKind.HeldPull => $"De synchronisatie van {where} is tegengehouden en niet verwerkt: {subject}; een beheerder keurt hem goed of wijst hem af (gateway pulls pending).",
            UitvalItemKind.Unacknowledged => $"Bericht {item.RecordKey} ({where}) {subject}.",
            _ => $"{Stage(item.Stage)}, {where}, sleutel {item.RecordKey ?? "-"}: {subject}.",
        };
    }
}
