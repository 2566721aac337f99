namespace Gateway.Outbound.Convert.Absence;

/// <summary>The kind of mutation a Verzuimmelding reports; each has its VrwrkCd in the profile.</summary>
public enum AbsenceEventKind
{
    /// <summary>Start of the absence (first message of a case).</summary>
    Start = 1,

    /// <summary>A change of an ongoing case: partial recovery, new percentage, reopening, birth registered.</summary>
    Change = 2,

    /// <summary>End of the absence (recovery or another closing reason).</summary>
    End = 3,

    /// <summary>Earlier sent data was wrong: begin date, reason, percentage or closing date corrected.</summary>
    Correction = 4,

    /// <summary>The melding was removed in AFAS (entered by mistake).</summary>
    Deletion = 5,
}
