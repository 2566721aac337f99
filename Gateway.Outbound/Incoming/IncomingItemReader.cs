using Gateway.Core.Accounts;
using Gateway.Core.Incoming;
using Gateway.Outbound.Incoming.Documents;
using Sivi.Messages;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Incoming;

/// <summary>
/// The items of a received Documenten or Afspraken message, as they are stored: one per Document (decoded and checked,
/// <see cref="DocumentDecoder"/>) or Afspraak, each naming its employee (IdWrknmr) and, where the message says, its
/// absence case (VrzmgvlId, else the first day of absence). Any problem refuses the whole message: the list of
/// problems names each item.
/// </summary>
public sealed class IncomingItemReader(IncomingMessagesOptions options)
{
    public (IReadOnlyList<IncomingItem> Items, IReadOnlyList<string> Problems) Read(SiviMessage message, string account, string berrefnr, DateTime now) =>
        message switch
        {
            Documenten documenten => Documents(documenten, account, berrefnr, now),
            Afspraken afspraken => Appointments(afspraken, account, berrefnr, now),
            _ => ([], [$"{message.MessageName} carries no documents or afspraken the gateway takes"]),
        };

    private (IReadOnlyList<IncomingItem>, IReadOnlyList<string>) Documents(Documenten message, string account, string berrefnr, DateTime now)
    {
        var decoder = new DocumentDecoder(options);
        var items = new List<IncomingItem>();
        var problems = new List<string>();
        foreach (var document in message.Document)
        {
            var decoded = decoder.Decode(document);
            if (decoded.Error is not null)
            {
                problems.Add(decoded.Error);
                continue;
            }
            var absence = document.Dnstvbnd.SelectMany(d => d.Vrzm).FirstOrDefault();
            items.Add(new IncomingItem
            {
                Account = account,
                Kind = IncomingItemKind.Document,
                Berrefnr = berrefnr,
                ItemId = document.IdDocument ?? "",
                EmployeeId = document.Wrknmr?.IdWrknmr ?? "",
                CaseId = absence?.VrzmgvlId ?? absence?.DatEerstVrzmdg?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Date = document.DatDocument?.Date ?? DateOnly.FromDateTime(now),
                TypeCode = document.SrtDocumentCd,
                Description = document.SrtDocumentOms,
                FileName = decoded.FileName,
                FileType = decoded.FileType,
                SizeBytes = decoded.Content!.Length,
                Sha256 = System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(decoded.Content)),
                Content = decoded.Content,
                DossierState = options.Dossier.Documents ? DossierState.Pending : DossierState.Stored,
                ReceivedUtc = now,
            });
        }
        return (items, problems);
    }

    private (IReadOnlyList<IncomingItem>, IReadOnlyList<string>) Appointments(Afspraken message, string account, string berrefnr, DateTime now)
    {
        var items = new List<IncomingItem>();
        var problems = new List<string>();
        for (var i = 0; i < message.Afspraak.Count; i++)
        {
            var afspraak = message.Afspraak[i];
            if (afspraak.DatAfspraak is not { } date)
            {
                problems.Add($"afspraak {afspraak.IdAfspraak ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} has no DatAfspraak");
                continue;
            }
            var firstDay = afspraak.Dnstvbnd.Select(d => d.Vrzm.FirstOrDefault()?.DatEerstVrzmdg).FirstOrDefault(d => d is not null)
                ?? afspraak.Dienstverband.Select(d => d.Verzuim?.DatEerstVrzmdg).FirstOrDefault(d => d is not null);
            var executor = afspraak.UitvoerderAfspraak is { } u ? $"{u.NmFnct}: {u.Voorl} {u.Achternaam}".Replace("  ", " ", StringComparison.Ordinal) : null;
            items.Add(new IncomingItem
            {
                Account = account,
                Kind = IncomingItemKind.Afspraak,
                Berrefnr = berrefnr,
                ItemId = afspraak.IdAfspraak ?? $"{berrefnr}-{i + 1}",
                EmployeeId = afspraak.Wrknmr?.IdWrknmr ?? "",
                CaseId = firstDay?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Date = date.Date,
                Time = afspraak.TijdAfspraak?.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                TypeCode = afspraak.StatusAfspraakCd,
                Description = executor is null ? afspraak.OmsSrtAfspraak : $"{afspraak.OmsSrtAfspraak} ({executor})",
                DossierState = options.Dossier.Afspraken ? DossierState.Pending : DossierState.Stored,
                ReceivedUtc = now,
            });
        }
        return (items, problems);
    }
}
