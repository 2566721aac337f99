using Gateway.Core.Uitval.Report;
using Gateway.Host.Tests.Support;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Core.Tests.Uitval.Report;

public sealed class UitvalReportSenderTests
{
    [Fact]
    public async Task Every_report_is_delivered_to_its_recipients_without_personal_data()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var sink = new SmtpSink();
        var options = SinkOptions(sink, ReportSamples.Options(UitvalMailLevel.WithMetadata));
        var reports = new UitvalReportComposer(options).Compose(ReportSamples.Items(), ReportSamples.ReportTime);

        await new UitvalReportSender(options, NullLogger<UitvalReportSender>.Instance).SendAsync(reports, timeout.Token);

        var received = await sink.WaitForMessagesAsync(3, timeout.Token);
        Assert.Equal(3, received.Count);
        var noord = received.Single(m => m.Recipients.SequenceEqual(["beheer@noord.example.test"]));
        Assert.Equal("gateway@example.test", noord.MailFrom);
        Assert.Single(received, m => m.Recipients.SequenceEqual(["hr@noord.example.test"]));
        var zuid = received.Single(m => m.Recipients.SequenceEqual(["beheer@zuid.example.test"]));

        using var noordMessage = noord.Parse();
        Assert.Equal("Uitvalrapport arbo-noord 30-03-2026: 2 nieuw, 2 openstaand", noordMessage.Subject);
        foreach (var key in new[] { "emp-new-1", "emp-open-1", "emp-warn-1", "emp-note-1" })
        {
            Assert.Contains(key, noordMessage.TextBody, StringComparison.Ordinal);
            Assert.Contains(key, noordMessage.HtmlBody, StringComparison.Ordinal);
        }
        using var zuidMessage = zuid.Parse();
        Assert.Contains("case-9", zuidMessage.TextBody, StringComparison.Ordinal);
        foreach (var message in received)
        {
            var wire = System.Text.Encoding.Latin1.GetString(message.Data);
            using var parsed = message.Parse();
            var decoded = parsed.TextBody + parsed.HtmlBody;
            Assert.DoesNotContain(ReportSamples.PlantedBsn, wire + decoded, StringComparison.Ordinal);
            Assert.DoesNotContain(ReportSamples.PlantedIban, wire + decoded, StringComparison.Ordinal);
            Assert.DoesNotContain("burn-out", wire + decoded, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task It_logs_in_when_credentials_are_configured()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var sink = new SmtpSink("gateway", "pa55word");
        var options = SinkOptions(sink, ReportSamples.Options());
        options.Smtp.Username = "gateway";
        options.Smtp.Password = "pa55word";
        var reports = new UitvalReportComposer(options).Compose(ReportSamples.Items(), ReportSamples.ReportTime);

        await new UitvalReportSender(options, NullLogger<UitvalReportSender>.Instance).SendAsync(reports, timeout.Token);

        var received = await sink.WaitForMessagesAsync(3, timeout.Token);
        Assert.All(received, m => Assert.Equal("gateway", m.AuthenticatedUser));
    }

    [Fact]
    public async Task A_busy_server_is_tried_again_and_every_report_goes_out_once()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var sink = new SmtpSink { RefuseConnections = 2 };
        var options = SinkOptions(sink, ReportSamples.Options(UitvalMailLevel.WithMetadata));
        var reports = new UitvalReportComposer(options).Compose(ReportSamples.Items(), ReportSamples.ReportTime);

        await new UitvalReportSender(options, NullLogger<UitvalReportSender>.Instance).SendAsync(reports, timeout.Token);

        var received = await sink.WaitForMessagesAsync(reports.Count, timeout.Token);
        Assert.Equal(2, sink.Refused);
        Assert.Equal(reports.Count, received.Count);
        Assert.Equal(reports.Count, received.Select(m => m.Parse().MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Wrong_credentials_fail_and_nothing_is_delivered()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var sink = new SmtpSink("gateway", "pa55word");
        var options = SinkOptions(sink, ReportSamples.Options());
        options.Smtp.Username = "gateway";
        options.Smtp.Password = "wrong";
        var reports = new UitvalReportComposer(options).Compose(ReportSamples.Items(), ReportSamples.ReportTime);

        await Assert.ThrowsAsync<AuthenticationException>(() =>
            new UitvalReportSender(options, NullLogger<UitvalReportSender>.Instance).SendAsync(reports, timeout.Token));

        Assert.Empty(sink.Messages);
    }

    internal static UitvalReportOptions SinkOptions(SmtpSink sink, UitvalReportOptions options)
    {
        options.Smtp = new SmtpOptions { Host = sink.Host, Port = sink.Port, UseStartTls = false, Timeout = TimeSpan.FromSeconds(10) };
        return options;
    }
}
