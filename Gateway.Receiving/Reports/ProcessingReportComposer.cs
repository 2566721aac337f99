using System.Globalization;
using System.Text;
using Gateway.Core.Privacy;
using Gateway.Core.Uitval.Report;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using MimeKit;

namespace Gateway.Receiving.Reports;

/// <summary>
/// The processing report of one receiving run, per recipient at its mail level: refused files only (uitval), plus
/// held and waiting ones (warnings), plus processed ones (all), plus type, release and Berrefnr (metadata). Texts are
/// the Toelichtingen the processor wrote (no BSN, IBAN or medical content), scrubbed once more. Intake problems of the
/// run (a folder that failed, files left at the partner) are listed at every mail level, each the first time it is seen.
/// </summary>
public static class ProcessingReportComposer
{
    public static IReadOnlyList<UitvalReport> Compose(ReceivingAccount account, IReadOnlyList<ReceivedFileOutcome> outcomes, string from, DateTimeOffset at,
        IReadOnlyList<IntakeProblem>? problems = null)
    {
        var reports = new List<UitvalReport>();
        var newProblems = (problems ?? []).Where(p => p.IsNew).ToList();
        foreach (var recipient in account.Options.ReportRecipients.Where(r => r.Address.Length > 0))
        {
            var shown = outcomes.Where(o => Shows(recipient.MailLevel, o.Status)).ToList();
            if (shown.Count == 0 && newProblems.Count == 0)
            {
                continue;
            }
            var refused = shown.Count(o => o.Status == ReceivedFileStatus.Refused);
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(from));
            message.To.Add(MailboxAddress.Parse(recipient.Address));
            message.Subject = $"SIVI-verwerking {account.Name} {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}: {shown.Count} bestanden, {refused} geweigerd"
                + (newProblems.Count > 0 ? $", {newProblems.Count} ophaalproblemen" : "");
            message.Body = new TextPart("plain") { Text = Problems(newProblems) + Body(shown, recipient.MailLevel == ReportMailLevel.WithMetadata) };
            reports.Add(new UitvalReport(account.Name, message, refused + newProblems.Count, shown.Count + newProblems.Count));
        }
        return reports;
    }

    /// <summary>
    /// The report of a run at the fullest mail level (every file, with type, release and Berrefnr, and the new intake
    /// problems): what the console keeps.
    /// </summary>
    public static string Text(IReadOnlyList<ReceivedFileOutcome> outcomes, IReadOnlyList<IntakeProblem> problems) =>
        Problems([.. problems.Where(p => p.IsNew)]) + Body([.. outcomes], metadata: true);

    /// <summary>What the intake could not take in: left at the partner, or a folder that could not be read or written.</summary>
    private static string Problems(List<IntakeProblem> problems)
    {
        var text = new StringBuilder();
        foreach (var problem in problems)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{"niet opgehaald",-12} {PersonalDataScrubber.Scrub(problem.ToString())}");
        }
        return text.ToString();
    }

    private static bool Shows(ReportMailLevel level, ReceivedFileStatus status) => status switch
    {
        ReceivedFileStatus.Refused => true,
        ReceivedFileStatus.Held or ReceivedFileStatus.Waiting => level >= ReportMailLevel.WithWarnings,
        _ => level >= ReportMailLevel.All,
    };

    private static string Body(List<ReceivedFileOutcome> outcomes, bool metadata)
    {
        var text = new StringBuilder();
        foreach (var outcome in outcomes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Label(outcome.Status),-12} {outcome.FileName}");
            if (metadata)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ({outcome.MessageType} {outcome.Release}, Berrefnr {outcome.Berrefnr})");
            }
            text.AppendLine();
            foreach (var error in outcome.Errors)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {error.SrtFoutCd}: {PersonalDataScrubber.Scrub(error.Toelichting)}");
            }
        }
        return text.ToString();
    }

    private static string Label(ReceivedFileStatus status) => status switch
    {
        ReceivedFileStatus.Processed => "verwerkt",
        ReceivedFileStatus.Refused => "geweigerd",
        ReceivedFileStatus.Held => "aangehouden",
        ReceivedFileStatus.Waiting => "wacht",
        ReceivedFileStatus.Discarded => "verworpen",
        _ => status.ToString(),
    };
}
