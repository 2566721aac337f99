using System.Globalization;
using System.Text.Json;

namespace Gateway.Afas.Dossier;

/// <summary>
/// The JSON body of POST /connectors/KnSubject: the item's fields (StId, Ds, Da), a KnSubjectLink to the employee
/// (ToEM, SfTp 2, SfId) and one KnSubjectAttachment element per file (FileName, FileStream base64).
/// </summary>
internal static class KnSubjectBody
{
    /// <summary>KnSubjectLink destination type "Medewerker".</summary>
    public const int EmployeeDestination = 2;

    public static byte[] Write(DossierItemRequest request)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("KnSubject");
            json.WriteStartObject("Element");
            json.WriteStartObject("Fields");
            json.WriteNumber("StId", request.SubjectType);
            json.WriteString("Ds", request.Description);
            json.WriteString("Da", request.Date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartArray("Objects");
            json.WriteStartObject();
            json.WriteStartObject("KnSubjectLink");
            json.WriteStartObject("Element");
            json.WriteStartObject("Fields");
            json.WriteBoolean("ToEM", true);
            json.WriteNumber("SfTp", EmployeeDestination);
            json.WriteString("SfId", request.EmployeeId);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            if (request.Attachments.Count > 0)
            {
                json.WriteStartObject();
                json.WriteStartObject("KnSubjectAttachment");
                json.WriteStartArray("Element");
                foreach (var attachment in request.Attachments)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("Fields");
                    json.WriteString("FileName", attachment.FileName);
                    json.WriteBase64String("FileStream", attachment.Content.Span);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The SbId of the answer {"results":{"KnSubject":{"SbId":…}}}, or null.</summary>
    public static string? SubjectId(ReadOnlySpan<byte> answer)
    {
        try
        {
            var reader = new Utf8JsonReader(answer);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Object
                && results.TryGetProperty("KnSubject", out var subject) && subject.ValueKind == JsonValueKind.Object
                && subject.TryGetProperty("SbId", out var id)
                ? id.ValueKind switch { JsonValueKind.String => id.GetString(), JsonValueKind.Number => id.GetRawText(), _ => null }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
