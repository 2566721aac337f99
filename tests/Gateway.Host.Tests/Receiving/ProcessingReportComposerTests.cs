using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Reports;
using Gateway.Receiving.Tests.Support;

namespace Gateway.Receiving.Tests;

/// <summary>Each recipient's processing report shows what its mail level asks for, and no personal data.</summary>
public sealed class ProcessingReportComposerTests
{
    [Fact]
    public void Each_mail_level_sees_its_share_and_metadata_only_where_asked()
    {
        var options = ReceivingHarness.DefaultAccountOptions();
        options.ReportRecipients =
        [
            new ReportRecipientOptions { Address = "uitval@example.nl", MailLevel = ReportMailLevel.OnlyUitval },
            new ReportRecipientOptions { Address = "warnings@example.nl", MailLevel = ReportMailLevel.WithWarnings },
            new ReportRecipientOptions { Address = "meta@example.nl", MailLevel = ReportMailLevel.WithMetadata },
        ];
        var account = ReceivingAccount.Create("acme", options);
        ReceivedFileOutcome[] outcomes =
        [
            Outcome("VZ_1.xml", ReceivedFileStatus.Processed),
            Outcome("VZ_2.xml", ReceivedFileStatus.Refused, new ReceivingError(ReceivingErrorKind.UnauthorisedEmployer, "werkgever niet geautoriseerd; BSN 111222333")),
            Outcome("VZ_3.xml", ReceivedFileStatus.Waiting),
        ];

        var reports = ProcessingReportComposer.Compose(account, outcomes, "gateway@example.nl", DateTimeOffset.UtcNow);

        Assert.Equal(["uitval@example.nl", "warnings@example.nl", "meta@example.nl"], reports.Select(r => r.Message.To.Mailboxes.Single().Address));
        string Text(int i) => reports[i].Message.TextBody ?? "";
        Assert.Contains("VZ_2.xml", Text(0), StringComparison.Ordinal);
        Assert.DoesNotContain("VZ_3.xml", Text(0), StringComparison.Ordinal);
        Assert.Contains("VZ_3.xml", Text(1), StringComparison.Ordinal);
        Assert.DoesNotContain("VZ_1.xml", Text(1), StringComparison.Ordinal);
        Assert.Contains("VZ_1.xml", Text(2), StringComparison.Ordinal);
        Assert.Contains("Berrefnr B-VZ_1.xml", Text(2), StringComparison.Ordinal);
        Assert.DoesNotContain("Berrefnr", Text(1), StringComparison.Ordinal);
        Assert.All(reports, r => Assert.DoesNotContain("111222333", r.Message.TextBody, StringComparison.Ordinal));
        Assert.Contains("1 geweigerd", reports[0].Message.Subject, StringComparison.Ordinal);
    }

    private static ReceivedFileOutcome Outcome(string file, ReceivedFileStatus status, params ReceivingError[] errors) => new()
    {
        Account = "acme",
        FileName = file,
        FileId = 1,
        Status = status,
        MessageType = "Verzuimmeldingen",
        Release = "2024",
        Berrefnr = "B-" + file,
        Errors = errors,
    };
}
