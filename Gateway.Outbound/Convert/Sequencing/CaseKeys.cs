namespace Gateway.Outbound.Convert.Sequencing;

/// <summary>The sequence key of a case: partner account and VrzmgvlId, so two accounts number independently.</summary>
public static class CaseKeys
{
    public static string For(string account, string caseId) => account + "|" + caseId;
}
