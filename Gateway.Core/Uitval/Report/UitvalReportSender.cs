using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace Gateway.Core.Uitval.Report;

/// <summary>Sends the reports over SMTP (MailKit) as configured in <see cref="SmtpOptions"/>.</summary>
public sealed partial class UitvalReportSender : IUitvalReportSender
{
    private readonly SmtpOptions _smtp;
    private readonly ILogger<UitvalReportSender> _logger;

    public UitvalReportSender(UitvalReportOptions options, ILogger<UitvalReportSender> logger)
    {
        _smtp = options.Smtp;
        _logger = logger;
    }

    public async Task SendAsync(IReadOnlyList<UitvalReport> reports, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
        {
            return;
        }
        using var client = new SmtpClient { Timeout = (int)_smtp.Timeout.TotalMilliseconds };
        var security = _smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(_smtp.Host, _smtp.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(_smtp.Username))
        {
            await client.AuthenticateAsync(_smtp.Username, _smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
        }
        foreach (var report in reports)
        {
            await client.SendAsync(report.Message, cancellationToken).ConfigureAwait(false);
            LogSent(report.Account, report.Message.To.Count, report.NewCount, report.OpenCount, report.Message.MessageId);
        }
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Uitval report for {Account} sent to {RecipientCount} recipients: {NewCount} new, {OpenCount} open (Message-Id {MessageId})")]
    private partial void LogSent(string account, int recipientCount, int newCount, int openCount, string? messageId);
}
