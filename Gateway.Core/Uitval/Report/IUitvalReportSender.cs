namespace Gateway.Core.Uitval.Report;

/// <summary>Hands composed reports to the mail server.</summary>
public interface IUitvalReportSender
{
    /// <summary>Sends every report, all over one connection; throws when any could not be handed over.</summary>
    Task SendAsync(IReadOnlyList<UitvalReport> reports, CancellationToken cancellationToken);
}
