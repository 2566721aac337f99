using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>One AFAS dienstverband (its latest contract) as a SIVI Dnstvbnd, with the managers as contact persons.</summary>
public static class EmploymentPart
{
    private static readonly decimal MaxWeekHours = 999.99m;
    private static readonly decimal MaxNormHours = 9999.99m;

    public static Dnstvbnd Create(MappingContext context, ReleaseShape shape, EmploymentRecord employment, string employeeGuid)
    {
        var row = employment.Current;
        var unit = SiviText.Code(row.Afdelingscode, 70, MedewerkerGegevensFields.Afdelingscode)
            ?? throw new MappingException(MedewerkerGegevensFields.Afdelingscode, "is missing");
        var tree = context.Source.Tree;
        var parent = tree.ParentOf(unit);
        var dienstverband = new Dnstvbnd
        {
            IdDnstvbnd = EmployeeIds.For(employment),
            Ingdat = row.Datum_start_dvb ?? throw new MappingException(MedewerkerGegevensFields.Datum_start_dvb, "is missing"),
            Enddat = row.Datum_eind_dvb,
            PersNr = SiviText.Fit(row.Personeelsnummer, 35),
            NmFnct = SiviText.Fit(row.Functie, 35),
            NmOrgeenh = SiviText.Fit(row.Afdelingsnaam, 70) ?? SiviText.Fit(tree.Unit(unit)?.Org_eenheid_omschrijving, 70),
            OrgeenhCd = unit,
            OndOrgeenhCd = parent,
            OndOrgeenhCdNm = parent is null ? null : SiviText.Fit(tree.Unit(parent)?.Org_eenheid_omschrijving, 70),
            CdBepTd = ContractTypeCodes.ToSivi(row.Type_contract),
            AantCtrcturenPWk = WeekHours(row.Uren_per_week),
            AantUNormWk = NormHours(row.Uren_per_week, row.FTE),
        };
        if (shape.Has("Wrkgvr/Wrknmr/Dnstvbnd/IngdatMut"))
        {
            dienstverband.IngdatMut = MutationDate(row);
        }
        if (SiviText.Code(row.Kostenplaatscode, 70, MedewerkerGegevensFields.Kostenplaatscode) is { } costCentre)
        {
            dienstverband.Kostenplaats.Add(new Kostenplaats
            {
                KostenplaatsCd = costCentre,
                NmKostenplaats = SiviText.Fit(row.Kostenplaatsomschrijving, 70) ?? costCentre,
            });
        }
        dienstverband.Cntprsn.AddRange(ContactPersons.ForEmployment(context, shape, employment, employeeGuid));
        return dienstverband;
    }

    /// <summary>The date the sent state holds from: the latest of start, department, roster and salary mutation dates.</summary>
    private static DateOnly? MutationDate(MedewerkerGegevensRow row)
    {
        DateOnly? latest = null;
        foreach (var date in new[] { row.Datum_start_dvb, row.Mutatiedatum_OE, row.Mutatiedatum_Rooster, row.Mutatiedatum_salaris })
        {
            if (date is { } value && (latest is null || value > latest))
            {
                latest = value;
            }
        }
        return latest;
    }

    private static decimal? WeekHours(decimal? hours)
    {
        if (hours is null)
        {
            return null;
        }
        var rounded = Amounts.Round2(hours.Value);
        return rounded is >= 0 && rounded <= MaxWeekHours
            ? rounded
            : throw new MappingException(MedewerkerGegevensFields.Uren_per_week, "is outside 0 to 999.99");
    }

    /// <summary>The employer's full-time week: hours / FTE (e.g. 28 hours at 0.7778 FTE is 36.00).</summary>
    private static decimal? NormHours(decimal? hours, decimal? fte)
    {
        if (hours is not > 0 || fte is not > 0)
        {
            return null;
        }
        var norm = Amounts.Round2(hours.Value / fte.Value);
        return norm <= MaxNormHours ? norm : null;
    }
}
