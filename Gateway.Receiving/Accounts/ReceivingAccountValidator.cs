using Gateway.Core.Accounts;
using Gateway.Core.Time;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Imports;
using Sivi.Schemas.Definitions;

namespace Gateway.Receiving.Accounts;

/// <summary>Checks one receiving account's options and lists every problem, each naming the configuration key.</summary>
public static class ReceivingAccountValidator
{
    /// <param name="name">The account name.</param>
    /// <param name="options">Its options.</param>
    /// <param name="employerGroups">The configured employer groups.</param>
    /// <param name="definitions">The described releases (default: the embedded descriptions).</param>
    /// <param name="isInstalled">
    /// Whether the schema set has a (message type, release) the descriptions do not — a release an operator installed
    /// (docs/schemas.md); an import configuration may name such a release. Asked only for a release not described.
    /// </param>
    public static IReadOnlyList<string> Validate(string name, ReceivingAccountOptions options,
        IReadOnlyDictionary<string, IReadOnlyList<string>> employerGroups, SiviDefinitions? definitions = null,
        Func<string, string, bool>? isInstalled = null)
    {
        var sivi = definitions ?? SiviDefinitions.Embedded;
        var key = $"{ReceivingAccountOptions.Section}:{name}";
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsWhiteSpace(c) || c is '/' or '\\' or ':'))
        {
            problems.Add($"{key}: the account name must be a plain word (no spaces, slashes or colons)");
        }
        ValidateTransport(key, options, problems);
        ValidateAuthorisation(key, options, employerGroups, problems);
        for (var i = 0; i < options.ReportRecipients.Count; i++)
        {
            var recipient = options.ReportRecipients[i];
            if (string.IsNullOrWhiteSpace(recipient.Address) || !recipient.Address.Contains('@', StringComparison.Ordinal))
            {
                problems.Add($"{key}:ReportRecipients:{i}:Address '{recipient.Address}' is not an e-mail address");
            }
            if (!Enum.IsDefined(recipient.MailLevel))
            {
                problems.Add($"{key}:ReportRecipients:{i}:MailLevel must be OnlyUitval, WithWarnings, All or WithMetadata");
            }
        }
        ValidateImports(key, options, sivi, isInstalled, problems);
        foreach (var (classification, code) in options.ClassificationOverrides)
        {
            if (!SiviAbsenceClassifications.TryParse(classification, out _))
            {
                problems.Add($"{key}:ClassificationOverrides:{classification} is not one of the eleven SIVI classifications (name or number 1-11)");
            }
            if (string.IsNullOrWhiteSpace(code))
            {
                problems.Add($"{key}:ClassificationOverrides:{classification} has no receiver code");
            }
        }
        return problems;
    }

    private static void ValidateTransport(string key, ReceivingAccountOptions options, List<string> problems)
    {
        var transport = options.Transport;
        switch (options.Kind)
        {
            case ReceivingAccountKind.ExternalSftp:
                if (string.IsNullOrWhiteSpace(transport.Host))
                {
                    problems.Add($"{key}:Transport:Host is required for an external SFTP account");
                }
                if (transport.Port is < 1 or > 65535)
                {
                    problems.Add($"{key}:Transport:Port {transport.Port} is not a TCP port");
                }
                if (string.IsNullOrWhiteSpace(transport.UserName))
                {
                    problems.Add($"{key}:Transport:UserName is required for an external SFTP account");
                }
                if (string.IsNullOrWhiteSpace(transport.PasswordSecret) && string.IsNullOrWhiteSpace(transport.PrivateKeyFile))
                {
                    problems.Add($"{key}:Transport needs PasswordSecret or PrivateKeyFile for an external SFTP account");
                }
                if (string.IsNullOrWhiteSpace(transport.HostKeyFingerprint))
                {
                    problems.Add($"{key}:Transport:HostKeyFingerprint is required: the partner's host key is pinned, never trusted on first use");
                }
                if (AccountTransportOptions.Problem(transport.Client, ClientPath(key)) is { } client)
                {
                    problems.Add(client);
                }
                if (transport.Sessions is < Intake.ReceivingSessionPlan.MinSessions or > Intake.ReceivingSessionPlan.MaxSessions)
                {
                    problems.Add($"{key}:Transport:Sessions {transport.Sessions} is not between {Intake.ReceivingSessionPlan.MinSessions} and {Intake.ReceivingSessionPlan.MaxSessions}");
                }
                break;
            case ReceivingAccountKind.HostedSftp:
                break;
            default:
                problems.Add($"{key}:Kind must be HostedSftp or ExternalSftp");
                break;
        }
    }

    /// <summary>The configuration key of a receiving account's SFTP client choice, from the account's key.</summary>
    public static string ClientPath(string accountKey) => $"{accountKey}:Transport:Client";

    private static void ValidateAuthorisation(string key, ReceivingAccountOptions options,
        IReadOnlyDictionary<string, IReadOnlyList<string>> employerGroups, List<string> problems)
    {
        var hasGroup = !string.IsNullOrWhiteSpace(options.EmployerGroup);
        if (hasGroup && !employerGroups.ContainsKey(options.EmployerGroup!.Trim()))
        {
            problems.Add($"{key}:EmployerGroup '{options.EmployerGroup}' is not defined under {EmployerGroupsOptions.Section}");
        }
        var entries = options.AuthorisedEmployers.AsEnumerable();
        if (hasGroup && employerGroups.TryGetValue(options.EmployerGroup!.Trim(), out var members))
        {
            entries = entries.Concat(members);
        }
        if (new EmployerAuthorisation(entries).IsEmpty)
        {
            problems.Add($"{key}: authorise at least one employer (AuthorisedEmployers or EmployerGroup); otherwise every message is refused");
        }
    }

    private static void ValidateImports(string key, ReceivingAccountOptions options, SiviDefinitions sivi, Func<string, string, bool>? isInstalled,
        List<string> problems)
    {
        if (options.ImportConfigurations.Count == 0)
        {
            problems.Add($"{key}:ImportConfigurations: at least one is needed (the minimum is Verzuimmeldingen)");
        }
        for (var i = 0; i < options.ImportConfigurations.Count; i++)
        {
            var import = options.ImportConfigurations[i];
            var at = $"{key}:ImportConfigurations:{i}";
            var type = ReceivableMessageTypes.Canonical(import.MessageType);
            if (type is null)
            {
                problems.Add($"{at}:MessageType '{import.MessageType}' is not one of {string.Join(", ", ReceivableMessageTypes.All)}");
            }
            else if (import.Release?.Trim() is not { Length: > 0 } release
                || (!sivi.Exists(type, release) && !(isInstalled?.Invoke(type, release) ?? false)))
            {
                problems.Add($"{at}:Release '{import.Release}' is not a known release of {type} ({string.Join(", ", sivi.Releases)}"
                    + " or one whose schemas are installed in Sivi:SchemaDirectory, docs/schemas.md)");
            }
            try
            {
                FileNameFilter.Parse(import.FileFilter);
            }
            catch (FormatException e)
            {
                problems.Add($"{at}:FileFilter: {e.Message}");
            }
            if (string.IsNullOrWhiteSpace(import.Schedule))
            {
                if (options.Kind == ReceivingAccountKind.ExternalSftp)
                {
                    problems.Add($"{at}:Schedule is required for an external SFTP account (when to poll the partner's folder)");
                }
            }
            else
            {
                foreach (var expression in import.Schedule.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!CronSchedule.IsValid(expression))
                    {
                        problems.Add($"{at}:Schedule '{expression}' is not a cron expression (minute hour day month weekday)");
                    }
                }
            }
        }
        var duplicates = options.ImportConfigurations
            .GroupBy(c => (ImportFolder.Normalize(c.Folder).ToUpperInvariant(), c.FileFilter.Trim().ToUpperInvariant(),
                c.MessageType.Trim().ToUpperInvariant(), c.Release.Trim()))
            .Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            problems.Add($"{key}:ImportConfigurations: {duplicate.First().DisplayName} is configured {duplicate.Count()} times for the same folder and filter");
        }
    }
}
