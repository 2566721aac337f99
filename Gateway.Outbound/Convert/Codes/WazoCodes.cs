namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// SIVI WAZOCd for WAZO leave (assumption, SIVI publishes the meanings only in PDFs): 01 pregnancy leave (before the
/// birth), 02 maternity leave (from the actual birth date on). 03 is not produced.
/// </summary>
public static class WazoCodes
{
    public const string Zwangerschapsverlof = "01";
    public const string Bevallingsverlof = "02";

    /// <summary>The code on <paramref name="date"/>: maternity leave once the actual birth date has passed.</summary>
    public static string For(DateOnly date, DateOnly? actualBirth) =>
        actualBirth is { } birth && date >= birth ? Bevallingsverlof : Zwangerschapsverlof;
}
