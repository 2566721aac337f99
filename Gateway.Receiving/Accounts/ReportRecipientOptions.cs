namespace Gateway.Receiving.Accounts;

/// <summary>One address that receives the processing reports of a receiving account.</summary>
public sealed class ReportRecipientOptions
{
    /// <summary>E-mail address.</summary>
    public string Address { get; set; } = "";

    public ReportMailLevel MailLevel { get; set; } = ReportMailLevel.OnlyUitval;
}
