using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Parts;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Source;
using Sivi.Messages;
using Sivi.Messages.Header;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Employees;

/// <summary>
/// An employee's employments with one employer → Dienstverbanden (id, birth date, gender and one Dnstvbnd per AFAS
/// dienstverband) or WerknemersGegevens (the same plus names, address, contact details, BSN when opted in and, up to
/// 2024, the bank account). Each dienstverband's latest contract supplies its fields.
/// </summary>
public sealed class EmployeeMessageMapper(MappingContext context, BrAlgFactory header)
{
    /// <param name="messageType"><see cref="SiviMessageTypes.Dienstverbanden"/> or <see cref="SiviMessageTypes.WerknemersGegevens"/>.</param>
    public MappedMessage Map(string messageType, EmployeeRecord employee, EmployerMapping employer)
    {
        var shape = context.Shape(messageType);
        var notes = new List<MappingNote>();
        var check = new RowProblemCheck(messageType)
            .Add(employee.Person, FieldsUsed.PersonFor(messageType, context.Profile.IncludeBsn && shape.Has("Wrkgvr/Wrknmr/SofiNr")));
        foreach (var employment in employee.EmploymentsWith(employer.Werkgeverscode))
        {
            check.Add(employment.Current, FieldsUsed.EmploymentFor(shape));
        }
        check.Apply(notes);
        var werknemer = messageType == SiviMessageTypes.WerknemersGegevens
            ? PersonPart.Full(context, shape, employee.Person, notes)
            : PersonPart.Identity(context, employee.Person);
        foreach (var employment in employee.EmploymentsWith(employer.Werkgeverscode))
        {
            werknemer.Dnstvbnd.Add(EmploymentPart.Create(context, shape, employment, employee.Guid));
        }
        if (werknemer.Dnstvbnd.Count == 0)
        {
            throw new MappingException(Afas.Rows.MedewerkerGegevensFields.Werkgeverscode, $"has no dienstverband with employer {employer.Werkgeverscode}");
        }
        var werkgever = EmployerPart.Create(context.Source.Employer(employer.Werkgeverscode), employer, shape);
        werkgever.Wrknmr.Add(werknemer);
        SiviMessage message = messageType == SiviMessageTypes.WerknemersGegevens
            ? Add(new WerknemerGegevens { Release = context.Release }, werkgever)
            : Add(new Dienstverbanden { Release = context.Release }, werkgever);
        message.BrAlg = header.Create(message.MessageName, context.Release, context.Profile.BrAlgOptions());
        return new MappedMessage(message, werknemer.IdWrknmr!, notes);
    }

    private static WerknemerGegevens Add(WerknemerGegevens message, Wrkgvr werkgever)
    {
        message.Wrkgvr.Add(werkgever);
        return message;
    }

    private static Dienstverbanden Add(Dienstverbanden message, Wrkgvr werkgever)
    {
        message.Wrkgvr.Add(werkgever);
        return message;
    }
}
