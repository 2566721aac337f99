namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// SIVI OorzkVrzmCd (assumption from the eleven SIVI absence classifications in seed 003, the first three of which
/// are not vangnet): 10 occupational accident, 11 traffic accident with recourse, 99 other reasons.
/// </summary>
public static class CauseCodes
{
    public const string Arbeidsongeval = "10";
    public const string OngevalMetRegres = "11";
    public const string Overig = "99";
}
