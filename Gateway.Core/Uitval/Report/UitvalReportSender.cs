using Gateway.Core.Resilience;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Polly;

namespace Gateway.Core.Uitval.Report;

/// <summary>Sends the reports over SMTP (MailKit) as configured in <see cref="SmtpOptions"/>.</summary>
public sealed partial class UitvalReportSender : IUitvalReportSender
{
    /// <summary>A send that fails transiently (connection refused or dropped, timeout, SMTP 4xx) is tried 3 times in all, waiting about 2 and 4 seconds.</summary>
    public static readonly TransientRetryOptions SendRetryOptions = new(3, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), TimeSpan.Zero);

    private readonly SmtpOptions _smtp;
    private readonly ILogger<UitvalReportSender> _logger;
    private readonly ResiliencePipeline _retry;

    public UitvalReportSender(UitvalReportOptions options, ILogger<UitvalReportSender> logger, TimeProvider? clock = null)
    {
        _smtp = options.Smtp;
        _logger = logger;
        _retry = TransientRetry.Create(SendRetryOptions, IsTransient, clock ?? TimeProvider.System,
            onRetry: (attempt, e, delay) => LogRetrying(attempt, e.GetType().Name, (long)delay.TotalMilliseconds));
    }

    /// <summary>
    /// Sends each report over one connection; a report whose send fails transiently is sent again (on a new connection
    /// when the old one is gone), so the reports sent before it are not sent twice.
    /// </summary>
    public async Task SendAsync(IReadOnlyList<UitvalReport> reports, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
        {
            return;
        }
        using var client = new SmtpClient { Timeout = (int)_smtp.Timeout.TotalMilliseconds };
        foreach (var report in reports)
        {
            await _retry.ExecuteAsync(async token =>
            {
                if (!client.IsConnected)
                {
                    await ConnectAsync(client, token).ConfigureAwait(false);
                }
                await client.SendAsync(report.Message, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            LogSent(report.Account, report.Message.To.Count, report.NewCount, report.OpenCount, report.Message.MessageId);
        }
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var security = _smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(_smtp.Host, _smtp.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(_smtp.Username))
        {
            await client.AuthenticateAsync(_smtp.Username, _smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Worth another try: the server was not reached or went away, or answered "try later" (4xx). Not: a refused login, a 5xx.</summary>
    private static bool IsTransient(Exception e) =>
        e is System.Net.Sockets.SocketException or IOException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException
        || (e is SmtpCommandException command && (int)command.StatusCode is >= 400 and < 500);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Uitval report: SMTP attempt {Attempt} failed ({FailureKind}); trying again in {DelayMs} ms")]
    private partial void LogRetrying(int attempt, string failureKind, long delayMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Uitval report for {Account} sent to {RecipientCount} recipients: {NewCount} new, {OpenCount} open (Message-Id {MessageId})")]
    private partial void LogSent(string account, int recipientCount, int newCount, int openCount, string? messageId);
}
