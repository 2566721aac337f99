using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Receiving.Sending;

/// <summary>
/// A request to send a partner one document or one afspraak, as JSON (drop folder sidecar or admin API):
/// <c>{"type":"Documenten","employee":"1001","documentType":"208","date":"2025-06-02","case":"V-1","firstAbsenceDay":"2025-05-01",
/// "description":"Probleemanalyse","fileName":"pa.pdf"}</c> or <c>{"type":"Afspraken","employee":"1001","employeeSurname":"Jansen",
/// "date":"2025-06-10","time":"09:30","description":"Spreekuur bedrijfsarts","executorSurname":"Visser","executorFunction":"Bedrijfsarts"}</c>.
/// </summary>
public sealed class SendRequest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public string? Type { get; set; }

    public string? Employee { get; set; }

    public string? EmployeeSurname { get; set; }

    public string? Case { get; set; }

    public string? FirstAbsenceDay { get; set; }

    public string? DocumentType { get; set; }

    public string? FileTypeCode { get; set; }

    public string? FileName { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    public string? Description { get; set; }

    public string? ExecutorSurname { get; set; }

    public string? ExecutorFunction { get; set; }

    public decimal? DurationHours { get; set; }

    /// <summary>Reads a request; throws <see cref="SendRequestException"/> naming what is wrong (never a value).</summary>
    public static SendRequest Parse(string json)
    {
        try
        {
            var request = JsonSerializer.Deserialize<SendRequest>(json, Json) ?? throw new SendRequestException("the request is empty");
            request.Type = request.Type switch
            {
                _ when string.Equals(request.Type, "Documenten", StringComparison.OrdinalIgnoreCase) => "Documenten",
                _ when string.Equals(request.Type, "Afspraken", StringComparison.OrdinalIgnoreCase) => "Afspraken",
                _ => throw new SendRequestException("'type' must be Documenten or Afspraken"),
            };
            return request;
        }
        catch (JsonException e)
        {
            throw new SendRequestException($"the request is not valid JSON of the expected shape (line {e.LineNumber}, {e.Path})");
        }
    }

    public OutgoingDocument Document(byte[] content) => new(
        Required(Employee, "employee"), Required(DocumentType, "documentType"), Required(FileName, "fileName"), content, Day(Required(Date, "date"), "date"),
        Case, FirstAbsenceDay is null ? null : Day(FirstAbsenceDay, "firstAbsenceDay"), Description, FileTypeCode: FileTypeCode);

    public OutgoingAfspraak Afspraak() => new(
        Required(Employee, "employee"), Required(EmployeeSurname, "employeeSurname"), Day(Required(Date, "date"), "date"),
        TimeOnly.TryParseExact(Required(Time, "time"), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time : throw new SendRequestException("'time' must be HH:mm"),
        Required(Description, "description"), Required(ExecutorSurname, "executorSurname"), Required(ExecutorFunction, "executorFunction"),
        FirstAbsenceDay: FirstAbsenceDay is null ? null : Day(FirstAbsenceDay, "firstAbsenceDay"), DurationHours: DurationHours);

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new SendRequestException($"'{field}' is required") : value.Trim();

    private static DateOnly Day(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw new SendRequestException($"'{field}' must be a date yyyy-MM-dd");
}

/// <summary>A send request that cannot be used; the message names the field, never its value.</summary>
public sealed class SendRequestException(string message) : Exception(message);
