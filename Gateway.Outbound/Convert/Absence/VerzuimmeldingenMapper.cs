using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Parts;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Header;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Absence;

/// <summary>
/// One <see cref="AbsenceEvent"/> → a Verzuimmeldingen message: the employer, the employee with his current personal
/// data, the dienstverband of the absence with its managers as contacts, and the Vrzm (VrwrkCd from the profile,
/// percentage, dates, vangnet, WAZO, cause and closing reason). Opmerking, reason texts and pregnancy dates are never
/// sent; the care address only when the account opted in. VrzmgvlVnrMld is left for the validation gate to fill.
/// </summary>
public sealed class VerzuimmeldingenMapper(MappingContext context, BrAlgFactory header)
{
    /// <summary>The employee of the previous message: a case's messages are all about one employee.</summary>
    private (string? Guid, EmployeeRecord? Record) _employee;

    public MappedMessage Map(AbsenceEvent absenceEvent, EmployerMapping employer)
    {
        var shape = context.Shape(SiviMessageTypes.Verzuimmeldingen);
        var row = absenceEvent.Case.Melding;
        var notes = new List<MappingNote>();
        var verzuimFields = FieldsUsed.Verzuim(context.Profile.IncludeCareAddress);
        new RowProblemCheck(SiviMessageTypes.Verzuimmeldingen).Add(row, verzuimFields).Add(absenceEvent.Phase, verzuimFields).Apply(notes);
        var employee = Employee(row.Guid_medewerker)
            ?? throw new MappingException(VerzuimFields.Guid_medewerker, "has no Medewerker_Gegevens row (employee unknown or filtered out)");
        var employeeCheck = new RowProblemCheck(SiviMessageTypes.Verzuimmeldingen)
            .Add(employee.Person, FieldsUsed.PersonFor(SiviMessageTypes.Verzuimmeldingen, context.Profile.IncludeBsn && shape.Has("Wrkgvr/Wrknmr/SofiNr")));
        if (row.Dienstverbandnummer is null)
        {
            foreach (var candidate in employee.Employments)
            {
                employeeCheck.Require(candidate.Current, FieldsUsed.EmploymentChoice);
            }
        }
        var employment = employee.Employment(row.Dienstverbandnummer, absenceEvent.EffectiveDate)
            ?? throw new MappingException(VerzuimFields.Dienstverbandnummer, "is not a dienstverband of the employee in Medewerker_Gegevens");
        employeeCheck.Add(employment.Current, FieldsUsed.EmploymentFor(shape)).Apply(notes);
        var reason = string.IsNullOrWhiteSpace(row.Reden_verzuim_code) ? null : context.AbsenceReasons.GetValueOrDefault(row.Reden_verzuim_code.Trim());

        var werknemer = PersonPart.Full(context, shape, employee.Person, notes);
        if (reason is { NoRisk: true } && shape.Has("Wrkgvr/Wrknmr/WrknmrNoriskJN"))
        {
            werknemer.WrknmrNoriskJN = YesNo.Ja;
        }
        if (context.Profile.IncludeCareAddress)
        {
            AddressPart.AddCare(werknemer, shape, row, notes);
        }
        var dienstverband = EmploymentPart.Create(context, shape, employment, employee.Guid);
        if (dienstverband.Cntprsn.Count == 0)
        {
            dienstverband.Cntprsn.Add(ContactPersons.Fallback(context, shape, employer)
                ?? throw new MappingException(MedewerkerGegevensFields.Leidinggevende_guid,
                    $"gives no contact person: no leidinggevende with a work phone or e-mail and no Contact configured for employer {employer.Werkgeverscode}"));
        }
        var verzuim = Absence(absenceEvent, reason);
        verzuim.Cntprsn.AddRange(dienstverband.Cntprsn);
        dienstverband.Vrzm.Add(verzuim);
        werknemer.Dnstvbnd.Add(dienstverband);

        var werkgever = EmployerPart.Create(context.Source.Employer(employer.Werkgeverscode), employer, shape);
        werkgever.Wrknmr.Add(werknemer);
        var message = new Verzuimmeldingen { Release = context.Release };
        message.BrAlg = header.Create(message.MessageName, context.Release, context.Profile.BrAlgOptions());
        message.Wrkgvr.Add(werkgever);
        return new MappedMessage(message, absenceEvent.Case.Id, notes) { Absence = verzuim };
    }

    private EmployeeRecord? Employee(string? guid)
    {
        if (_employee.Record is null || !string.Equals(_employee.Guid, guid, StringComparison.Ordinal))
        {
            _employee = (guid, context.Source.Employee(guid));
        }
        return _employee.Record;
    }

    private Vrzm Absence(AbsenceEvent absenceEvent, AbsenceReasonSetting? reason)
    {
        var row = absenceEvent.Case.Melding;
        var kind = AbsenceTypeCodes.Kind(row.Type);
        var closing = EndReasonCodes.Resolve(context.EndReasons, row.Reden_afsluiten_code);
        var recovered = absenceEvent.Ended && closing.Recovered;
        var verzuim = new Vrzm
        {
            VrwrkCd = Code(absenceEvent.Kind),
            IngdatMutVrzm = absenceEvent.EffectiveDate,
            VrzmgvlId = SiviText.Code(absenceEvent.Case.Id, 40, VerzuimFields.Guid_verzuimmelding)
                ?? throw new MappingException(VerzuimFields.Guid_verzuimmelding, "is missing"),
            EndVrzmJN = YesNo.Of(absenceEvent.Ended),
            DatVrzmWrkgvr = row.Datum_ziekmelding,
            DatEerstVrzmdg = row.Begin ?? throw new MappingException(VerzuimFields.Begin, "is missing"),
            DatEerstVrzmdgOud = absenceEvent.PreviousBegin,
            PrcVrzm = recovered ? 0m : Amounts.AbsenceFromPresence(absenceEvent.Phase.Aanwezigheidspercentage),
            BijzRdnStartVrzmCd = reason?.BijzRdnStartVrzmCd,
            OorzkVrzmCd = reason?.OorzkVrzmCd ?? CauseCodes.Overig,
            VngntJN = Vangnet(row, kind, reason),
        };
        if (absenceEvent.Ended)
        {
            verzuim.RdnEndVrzmCd = string.IsNullOrEmpty(closing.RdnEndVrzmCd) ? null : closing.RdnEndVrzmCd;
            if (recovered)
            {
                verzuim.DatHrstld = row.Datum_hervatting;
                verzuim.DatHrstldWrkgvr = row.Datum_herstelmelding;
            }
        }
        if (kind == AbsenceKind.PregnancyLeave)
        {
            verzuim.WAZOCd = WazoCodes.For(absenceEvent.EffectiveDate, row.Werkelijke_bevallingsdatum);
        }
        return verzuim;
    }

    /// <summary>AFAS Vangnetregeling when filled in; otherwise J for a vangnet reason or pregnancy sickness, else O (unknown).</summary>
    private static string Vangnet(VerzuimRow row, AbsenceKind kind, AbsenceReasonSetting? reason) => row.Vangnetregeling switch
    {
        true => YesNo.Ja,
        false => YesNo.Nee,
        null => reason is { Vangnet: true } || kind == AbsenceKind.PregnancySickness ? YesNo.Ja : YesNo.Onbekend,
    };

    private string Code(AbsenceEventKind kind)
    {
        var codes = context.Profile.VrwrkCd;
        return kind switch
        {
            AbsenceEventKind.Start => codes.Start,
            AbsenceEventKind.Change => codes.Change,
            AbsenceEventKind.End => codes.End,
            AbsenceEventKind.Correction => codes.Correction,
            _ => codes.Deletion,
        };
    }
}
