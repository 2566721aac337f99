using System.Globalization;
using Gateway.Host.Samples;
using Sivi.Messages;
using Sivi.Messages.Model;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Receiving.Tests.Support;

/// <summary>Valid messages of a sending partner, built from the gateway's samples and adjusted per test.</summary>
internal static class ReceivingMessages
{
    public const string Employer = "WG-0001";
    public const string Employee = "6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6";

    private static readonly SampleMessageFactory Samples = new(SiviDefinitions.Embedded, TimeProvider.System);

    /// <summary>A Verzuimmelding for one absence case: VrwrkCd, sequence number and case id as given.</summary>
    public static Verzuimmeldingen Absence(string caseId, int sequence, string vrwrkCd = "01", string release = "2024", string employer = Employer)
    {
        var message = Samples.Verzuimmelding(release);
        message.Wrkgvr[0].IdWrkgvrArbdnst = employer;
        var absence = message.Wrkgvr[0].Wrknmr[0].Dnstvbnd[0].Vrzm[0];
        absence.VrzmgvlId = caseId;
        absence.VrzmgvlVnrMld = sequence.ToString(CultureInfo.InvariantCulture);
        absence.VrwrkCd = vrwrkCd;
        if (vrwrkCd is "03")
        {
            absence.EndVrzmJN = "J";
            absence.DatHrstld = new DateOnly(2026, 3, 2);
        }
        return message;
    }

    public static Vrzm AbsenceOf(Verzuimmeldingen message) => message.Wrkgvr[0].Wrknmr[0].Dnstvbnd[0].Vrzm[0];

    public static Dienstverbanden EmploymentsMessage(string release = "2024") => Samples.Dienstverbanden(release);

    public static WerkgeversGegevensBasisregistratie EmployersMessage(string release = "2024") => Samples.WerkgeversGegevens(release);

    public static byte[] Bytes(SiviMessage message) => SiviMessageWriter.Default.ToBytesAsync(message).GetAwaiter().GetResult();
}
