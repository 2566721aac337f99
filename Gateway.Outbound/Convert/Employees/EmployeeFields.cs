using Gateway.Outbound.Convert.Conversion;

namespace Gateway.Outbound.Convert.Employees;

/// <summary>
/// The Medewerker_Gegevens fields each employee message carries: a change to any other field sends nothing. These are
/// the fields the message reads (<see cref="FieldsUsed"/>) without the mutation dates, whose change alone sends nothing.
/// </summary>
public static class EmployeeFields
{
    public static IReadOnlySet<string> Dienstverbanden { get; } = new HashSet<string>(FieldsUsed.PersonIdentity.Concat(FieldsUsed.Employment), StringComparer.Ordinal);

    public static IReadOnlySet<string> WerknemersGegevens { get; } = new HashSet<string>(FieldsUsed.Person.Concat(FieldsUsed.Employment), StringComparer.Ordinal);

    /// <summary>The fields a message type carries; the BSN counts only for accounts that send it.</summary>
    public static IReadOnlySet<string> For(string messageType, bool includeBsn)
    {
        if (messageType != Profile.SiviMessageTypes.WerknemersGegevens)
        {
            return Dienstverbanden;
        }
        return includeBsn ? new HashSet<string>(WerknemersGegevens, StringComparer.Ordinal) { Afas.Rows.MedewerkerGegevensFields.BSN } : WerknemersGegevens;
    }
}
