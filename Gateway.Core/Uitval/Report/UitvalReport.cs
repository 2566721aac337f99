using MimeKit;

namespace Gateway.Core.Uitval.Report;

/// <summary>One account's daily report, ready to send.</summary>
/// <param name="Account">The account it reports on.</param>
/// <param name="Message">The e-mail, addressed to the account's report recipients.</param>
/// <param name="NewCount">Items raised since the previous report.</param>
/// <param name="OpenCount">Items still open from before.</param>
public sealed record UitvalReport(string Account, MimeMessage Message, int NewCount, int OpenCount) : IDisposable
{
    public void Dispose() => Message.Dispose();
}
