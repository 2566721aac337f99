using System.Globalization;
using System.Text.Json;

namespace Afas.Simulator.Updates;

/// <summary>
/// Reads a KnSubject body the way Profit checks it: StId a positive number, Ds present, Da a date-time when given, a
/// KnSubjectLink to an employee (SfTp 2 with SfId), and every KnSubjectAttachment element (one object or an array)
/// with a FileName and a FileStream that is base64. The first problem is the error AFAS would answer.
/// </summary>
internal static class KnSubjectRequest
{
    public sealed record Parsed(int SubjectType, string Description, DateTime? Date, string EmployeeId, IReadOnlyList<StoredAttachment> Attachments);

    public static Parsed? TryParse(JsonElement root, out string error)
    {
        error = "";
        if (!Property(root, "KnSubject", out var subject) || !Property(subject, "Element", out var element) || !Property(element, "Fields", out var fields))
        {
            error = "Het bericht bevat geen KnSubject/Element/Fields.";
            return null;
        }
        if (!Number(fields, "StId", out var type) || type <= 0)
        {
            error = "Veld 'Type dossieritem' (StId) is verplicht en moet een vrij type zijn.";
            return null;
        }
        if (!Text(fields, "Ds", out var description) || description.Length == 0)
        {
            error = "Veld 'Onderwerp' (Ds) is verplicht.";
            return null;
        }
        DateTime? date = null;
        if (Text(fields, "Da", out var dateText))
        {
            if (!DateTime.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                error = "Veld 'Datum' (Da) is geen geldige datum.";
                return null;
            }
            date = parsed;
        }
        string? employee = null;
        var attachments = new List<StoredAttachment>();
        foreach (var item in Objects(element))
        {
            if (Property(item, "KnSubjectLink", out var link))
            {
                foreach (var linkFields in ElementFields(link))
                {
                    if (Number(linkFields, "SfTp", out var destination) && destination == 2 && Text(linkFields, "SfId", out var id) && id.Length > 0)
                    {
                        employee = id;
                    }
                }
            }
            if (Property(item, "KnSubjectAttachment", out var attachment))
            {
                foreach (var attachmentFields in ElementFields(attachment))
                {
                    if (!Text(attachmentFields, "FileName", out var name) || name.Length == 0)
                    {
                        error = "Veld 'Bestandsnaam' (FileName) van een bijlage is verplicht.";
                        return null;
                    }
                    if (!Text(attachmentFields, "FileStream", out var stream) || !TryBase64(stream, out var content))
                    {
                        error = $"De bijlage '{name}' bevat geen geldige base64 (FileStream).";
                        return null;
                    }
                    attachments.Add(new StoredAttachment(name, content));
                }
            }
        }
        if (employee is null)
        {
            error = "Deze bestemming is niet geldig voor dit type dossieritem (KnSubjectLink met SfTp 2 en SfId ontbreekt).";
            return null;
        }
        return new Parsed(type, description, date, employee, attachments);
    }

    private static List<JsonElement> Objects(JsonElement element)
    {
        if (!Property(element, "Objects", out var objects))
        {
            return [];
        }
        return objects.ValueKind == JsonValueKind.Array ? objects.EnumerateArray().ToList()
            : objects.ValueKind == JsonValueKind.Object ? [objects] : [];
    }

    private static IEnumerable<JsonElement> ElementFields(JsonElement owner)
    {
        if (!Property(owner, "Element", out var element))
        {
            return [];
        }
        var elements = element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList() : [element];
        return elements.Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("Fields", out var f) && f.ValueKind == JsonValueKind.Object)
            .Select(e => e.GetProperty("Fields"));
    }

    private static bool Property(JsonElement owner, string name, out JsonElement value)
    {
        value = default;
        return owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private static bool Number(JsonElement owner, string name, out int value)
    {
        value = 0;
        return Property(owner, name, out var element) && (element.ValueKind == JsonValueKind.Number
            ? element.TryGetInt32(out value)
            : element.ValueKind == JsonValueKind.String && int.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value));
    }

    private static bool Text(JsonElement owner, string name, out string value)
    {
        value = "";
        if (!Property(owner, name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        value = element.GetString() ?? "";
        return true;
    }

    private static bool TryBase64(string text, out byte[] content)
    {
        content = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text, content, out var written))
        {
            return false;
        }
        content = content[..written];
        return true;
    }
}
