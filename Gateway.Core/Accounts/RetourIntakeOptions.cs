namespace Gateway.Core.Accounts;

/// <summary>
/// Where an account's Retourmeldingen come back (<c>Gateway:Accounts:&lt;name&gt;:Retourmeldingen</c>): a folder on the
/// partner's SFTP server (push accounts), in the hosted inbox (hosted accounts) or a local folder (folder accounts).
/// </summary>
public sealed class RetourIntakeOptions : PolledFolderOptions
{
    public override string FileFilter { get; set; } = "RM*.xml";
}
