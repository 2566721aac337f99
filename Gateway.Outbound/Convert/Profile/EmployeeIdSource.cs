namespace Gateway.Outbound.Convert.Profile;

/// <summary>Where IdWrknmr comes from.</summary>
public enum EmployeeIdSource
{
    /// <summary>The AFAS employee GUID (without braces, upper case): unique and never reused. The default.</summary>
    Guid = 0,

    /// <summary>The AFAS Personeelsnummer: only when the employer guarantees it is never reused.</summary>
    Personeelsnummer = 1,
}
