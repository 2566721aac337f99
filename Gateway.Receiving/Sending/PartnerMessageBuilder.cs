using Sivi.Messages.Header;
using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Gateway.Receiving.Sending;

/// <summary>
/// Builds the Documenten and Afspraken messages an arbodienst sends an employer, in the partner's release: the header
/// from <see cref="BrAlgFactory"/> (a receipt asked for), one Document or Afspraak per item, the groups under the
/// names the release uses (Dienstverband/Verzuim before 2026, Dnstvbnd/Vrzm from 2026). Building does not validate:
/// the sender validates what it writes.
/// </summary>
public sealed class PartnerMessageBuilder(SiviDefinitions definitions, TimeProvider clock)
{
    private readonly BrAlgFactory _headers = new(definitions, clock);

    public Documenten Documenten(string release, BrAlgOptions link, IReadOnlyList<OutgoingDocument> documents)
    {
        var message = (Documenten)_headers.CreateMessage("Documenten", release, link);
        foreach (var item in documents)
        {
            var document = new Document
            {
                IdDocument = item.DocumentId ?? NewId(),
                DatDocument = item.Date,
                SrtDocumentCd = item.DocumentType,
                SrtDocumentOms = item.Description,
                KenmerkZendPartij = message.BrAlg!.Berrefnr,
                BestandTypCd = item.FileTypeCode,
                Bestandsnm = item.FileName,
                Datastring = Convert.ToBase64String(item.Content),
                Wrknmr = new Wrknmr { IdWrknmr = item.EmployeeId },
            };
            if (item.FirstAbsenceDay is { } firstDay)
            {
                var employment = new Dnstvbnd();
                employment.Vrzm.Add(new Vrzm { VrzmgvlId = item.CaseId, DatEerstVrzmdg = firstDay });
                document.Dnstvbnd.Add(employment);
            }
            message.Document.Add(document);
        }
        return message;
    }

    public Afspraken Afspraken(string release, BrAlgOptions link, IReadOnlyList<OutgoingAfspraak> afspraken)
    {
        var message = (Afspraken)_headers.CreateMessage("Afspraken", release, link);
        var shortNames = definitions.Get("Afspraken", release).Find("/Afspraken/Afspraak/Dnstvbnd") is not null;
        foreach (var item in afspraken)
        {
            var afspraak = new Afspraak
            {
                IdAfspraak = item.AfspraakId ?? NewId(),
                DatAfspraak = item.Date,
                TijdAfspraak = new TimeOnly(item.Time.Hour, item.Time.Minute, item.Time.Second),
                DuurAfspraak = item.DurationHours,
                OmsSrtAfspraak = item.Description,
                Wrknmr = new Wrknmr { IdWrknmr = item.EmployeeId, Achternaam = item.EmployeeSurname },
                UitvoerderAfspraak = new UitvoerderAfspraak { Achternaam = item.ExecutorSurname, NmFnct = item.ExecutorFunction },
            };
            if (item.FirstAbsenceDay is { } firstDay && shortNames)
            {
                var employment = new Dnstvbnd();
                employment.Vrzm.Add(new Vrzm { DatEerstVrzmdg = firstDay });
                afspraak.Dnstvbnd.Add(employment);
            }
            else if (item.FirstAbsenceDay is { } day)
            {
                afspraak.Dienstverband.Add(new Dienstverband { Verzuim = new Verzuim { DatEerstVrzmdg = day } });
            }
            message.Afspraak.Add(afspraak);
        }
        return message;
    }

    private string NewId() => Guid.CreateVersion7(clock.GetUtcNow()).ToString("N")[..20];
}
