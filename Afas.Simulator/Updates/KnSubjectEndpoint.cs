using System.Text.Json;
using Afas.Simulator.Hosting;
using Microsoft.AspNetCore.Http;

namespace Afas.Simulator.Updates;

/// <summary>
/// POST /ProfitRestServices/connectors/KnSubject: token, IP restriction and injected faults as for GetConnectors, then
/// the field checks of <see cref="KnSubjectRequest"/> and the employee must exist today. An accepted item is kept in
/// <see cref="SubjectStore"/> and answered {"results":{"KnSubject":{"SbId":…}}}.
/// </summary>
internal sealed class KnSubjectEndpoint(SimulatorState state)
{
    public const string ConnectorId = "KnSubject";

    /// <summary>Largest body accepted (AFAS limits UpdateConnector requests too).</summary>
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        state.Statistics.Record(ConnectorId, context.Request.Headers["IntegrationId"].ToString());
        if (!state.TokenCheck.IsValid(context.Request.Headers.Authorization.ToString()))
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, "Geen toegang: het token is ongeldig of ingetrokken.", -1).ConfigureAwait(false);
            return;
        }
        if (state.IpRestricted)
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, "Geen toegang: het IP-adres is niet toegestaan voor deze App connector.", -2).ConfigureAwait(false);
            return;
        }
        if (state.Faults.TakeFor(ConnectorId) is { } fault && await ConnectorEndpoint.AnswerWithFaultAsync(context, fault).ConfigureAwait(false))
        {
            return;
        }
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Het bericht is te groot.", -6).ConfigureAwait(false);
            return;
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "Het bericht is geen geldige JSON.", -7).ConfigureAwait(false);
            return;
        }
        using (document)
        {
            var parsed = KnSubjectRequest.TryParse(document.RootElement, out var error);
            if (parsed is null)
            {
                await AfasErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, error, -2147180996).ConfigureAwait(false);
                return;
            }
            if (!EmployeeExists(parsed.EmployeeId))
            {
                await AfasErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest,
                    $"Medewerker '{parsed.EmployeeId}' bestaat niet.", -2147180997).ConfigureAwait(false);
                return;
            }
            var stored = state.Subjects.Add(parsed.SubjectType, parsed.Description, parsed.Date, parsed.EmployeeId, parsed.Attachments);
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(context.Response.Body);
            json.WriteStartObject();
            json.WriteStartObject("results");
            json.WriteStartObject("KnSubject");
            json.WriteString("SbId", stored.SubjectId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Employees are numbered from 1001 (Personeelsnummer) and exist once hired.</summary>
    private bool EmployeeExists(string employeeId) =>
        int.TryParse(employeeId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number - 1001 is >= 0 and var index && index < state.Dataset.World.Shape.EmployeesOn(state.Clock.Day);
}
