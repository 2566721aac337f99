using Gateway.Core.Uitval.Report;
using Gateway.Host.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Core.Tests.Uitval.Report;

public sealed class UitvalReportServiceTests
{
    // Saturday 28 March 2026, 21:00 in Amsterdam; the clocks go forward that night
    private static readonly DateTimeOffset SaturdayEvening = new(2026, 3, 28, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SundaySeven = new(2026, 3, 29, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondaySeven = new(2026, 3, 30, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_report_goes_out_once_at_seven_in_Amsterdam_and_then_waits_for_the_next_day()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var sink = new SmtpSink();
        var clock = new ManualTimeProvider(SaturdayEvening);
        var source = new RecordingSource();
        var options = UitvalReportSenderTests.SinkOptions(sink, ReportSamples.Options());
        using var service = Service(clock, source, options, new UitvalReportSender(options, NullLogger<UitvalReportSender>.Instance));

        await service.StartAsync(timeout.Token);
        Assert.Equal(SundaySeven, await clock.WaitForTimerAsync(at => at == SundaySeven, timeout.Token));

        clock.AdvanceTo(SundaySeven.AddSeconds(-1));
        Assert.Empty(source.Requests);
        Assert.Empty(sink.Messages);

        clock.Advance(TimeSpan.FromSeconds(1));
        var received = await sink.WaitForMessagesAsync(3, timeout.Token);
        await clock.WaitForTimerAsync(at => at == MondaySeven, timeout.Token);

        Assert.Equal(3, sink.Messages.Count);
        Assert.Equal([SundaySeven], source.Requests);
        Assert.Equal([SundaySeven], source.Marked);
        using var first = received[0].Parse();
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.FromHours(2)), first.Date);
        await service.StopAsync(timeout.Token);
    }

    [Fact]
    public async Task A_report_that_could_not_be_sent_is_tried_again_after_the_retry_delay()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var clock = new ManualTimeProvider(SaturdayEvening);
        var source = new RecordingSource();
        var options = ReportSamples.Options();
        options.RetryDelay = TimeSpan.FromMinutes(5);
        var sender = new FailingOnceSender();
        using var service = Service(clock, source, options, sender);

        await service.StartAsync(timeout.Token);
        await clock.WaitForTimerAsync(at => at == SundaySeven, timeout.Token);
        clock.AdvanceTo(SundaySeven);
        await clock.WaitForTimerAsync(at => at == SundaySeven.AddMinutes(5), timeout.Token);

        Assert.Equal(1, sender.Attempts);
        Assert.Empty(source.Marked);

        clock.Advance(TimeSpan.FromMinutes(5));
        await clock.WaitForTimerAsync(at => at == MondaySeven, timeout.Token);

        Assert.Equal(2, sender.Attempts);
        Assert.Equal(["arbo-noord", "arbo-noord", "arbo-zuid"], sender.Accounts);
        Assert.Equal([SundaySeven], source.Marked);
        await service.StopAsync(timeout.Token);
    }

    [Fact]
    public async Task A_failure_to_record_the_report_as_sent_does_not_send_it_twice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var clock = new ManualTimeProvider(SaturdayEvening);
        var source = new RecordingSource { FailToMark = true };
        var options = ReportSamples.Options();
        var sender = new FailingOnceSender { Failures = 0 };
        using var service = Service(clock, source, options, sender);

        await service.StartAsync(timeout.Token);
        await clock.WaitForTimerAsync(at => at == SundaySeven, timeout.Token);
        clock.AdvanceTo(SundaySeven);
        await clock.WaitForTimerAsync(at => at == MondaySeven, timeout.Token);

        Assert.Equal(1, sender.Attempts);
        Assert.Equal([SundaySeven], source.Marked);
        await service.StopAsync(timeout.Token);
    }

    internal static UitvalReportService Service(TimeProvider clock, IUitvalReportSource source, UitvalReportOptions options, IUitvalReportSender sender, Gateway.Core.Scheduling.ScheduledJobStore? jobs = null) =>
        new(clock, source, new UitvalReportComposer(options), sender, options, NullLogger<UitvalReportService>.Instance, jobs);

    internal sealed class RecordingSource : IUitvalReportSource
    {
        public List<DateTimeOffset> Requests { get; } = [];

        public List<DateTimeOffset> Marked { get; } = [];

        public Task<IReadOnlyList<UitvalReportItem>> GetItemsAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
        {
            Requests.Add(reportTime);
            return Task.FromResult<IReadOnlyList<UitvalReportItem>>(ReportSamples.Items());
        }

        public bool FailToMark { get; init; }

        public Task MarkReportedAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
        {
            Marked.Add(reportTime);
            return FailToMark ? Task.FromException(new IOException("database not reachable")) : Task.CompletedTask;
        }
    }

    internal sealed class FailingOnceSender : IUitvalReportSender
    {
        public int Failures { get; init; } = 1;

        public int Attempts { get; private set; }

        public List<string> Accounts { get; } = [];

        public Task SendAsync(IReadOnlyList<UitvalReport> reports, CancellationToken cancellationToken)
        {
            Attempts++;
            if (Attempts <= Failures)
            {
                throw new IOException("mail server not reachable");
            }
            Accounts.AddRange(reports.Select(r => r.Account));
            return Task.CompletedTask;
        }
    }
}
