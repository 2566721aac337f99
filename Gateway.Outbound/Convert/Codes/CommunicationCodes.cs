namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// SIVI SrtComCd (assumption; SIVI publishes the meanings only in PDFs). Contact persons and employers allow 06, 08
/// and 10, i.e. the work channels; employees also allow the private ones: 05 private phone, 06 work phone, 07 private
/// mobile, 08 work mobile, 09 private e-mail, 10 work e-mail.
/// </summary>
public static class CommunicationCodes
{
    public const string TelefoonPrive = "05";
    public const string TelefoonWerk = "06";
    public const string MobielPrive = "07";
    public const string MobielWerk = "08";
    public const string EmailPrive = "09";
    public const string EmailWerk = "10";
}
