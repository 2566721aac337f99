namespace Gateway.Core.Privacy;

/// <summary>
/// Kinds of personal data in a SIVI message beyond BSN, IBAN and medical content (which nobody but an admin ever
/// sees): what an auditor may be allowed to see (<c>Gateway:Admin:AuditorSees</c>).
/// </summary>
public enum PersonalDataCategory
{
    /// <summary>Surname, initials, given name, prefixes, titles of an employee, partner or contact person.</summary>
    Names = 1,

    /// <summary>An employee's home, postal or care address (an employer's address is not personal data).</summary>
    Addresses = 2,

    /// <summary>Dates of birth and death.</summary>
    BirthDates = 3,

    /// <summary>Telephone numbers and e-mail addresses of an employee or contact person.</summary>
    Contact = 4,
}
