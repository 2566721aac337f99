using System.Security.Claims;
using Gateway.Admin.Data.Receiving;
using Gateway.Admin.Security;
using Gateway.Core.ReceivingRegister;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Api;

/// <summary>
/// <c>/api/receiving</c>: the receiving role's console — received files with their status and Retourmelding, the absence
/// case register with each case's chain, the Retourmeldingen made, the processing reports. Masked for auditors. Answers
/// <c>404</c> when the receiving role is not part of this gateway.
/// </summary>
internal static class ReceivingEndpoints
{
    public static readonly string[] FileStates = ["Held", "Processed", "Refused", "Waiting", "Expired", "Discarded"];

    public static readonly string[] CaseStatuses = ["Open", "Closed", "Deleted"];

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/receiving").WithTags("Receiving");
        group.MapGet("/files", FilesAsync).WithName("receivedFiles")
            .WithSummary("Received files, newest first: account, state (held, processed, refused, waiting, expired, discarded), type, berrefnr, period");
        group.MapGet("/files/{id:long}", FileAsync).WithName("receivedFile")
            .WithSummary("One received file: status, errors, content while kept and its Retourmelding, pretty-printed (masked for auditors)");
        group.MapGet("/cases", CasesAsync).WithName("absenceCases")
            .WithSummary("The absence case register: account, employer, employee (IdWrknmr), case (VrzmgvlId), status (open, closed, deleted)");
        group.MapGet("/cases/{id:long}", CaseAsync).WithName("absenceCase")
            .WithSummary("One absence case with its chain of applied messages (sequence numbers) and the files waiting for it");
        group.MapGet("/retourmeldingen", RetourmeldingenAsync).WithName("sentRetourmeldingen")
            .WithSummary("Retourmeldingen made for sending partners: account, code (02 processed, 03 not), delivered or pending, period");
        group.MapGet("/retourmeldingen/{id:long}", RetourmeldingAsync).WithName("sentRetourmelding")
            .WithSummary("One Retourmelding with its document");
        group.MapGet("/reports", ReportsAsync).WithName("processingReports")
            .WithSummary("Processing reports of the receiving runs that saw files or new intake problems, newest first");
    }

    private static async Task<Results<Ok<RegisterPage<ReceivedFileView>>, ValidationProblem, ProblemHttpResult>> FilesAsync(
        string? account, string? state, string? type, string? berrefnr, string? from, string? to, string? skip, string? take,
        ClaimsPrincipal user, ReceivingConsole console, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var filter = new ReceivedFileFilter(InputErrors.Clean(account), OneOf(errors, state, "state", FileStates), InputErrors.Clean(type), InputErrors.Clean(berrefnr),
            errors.Moment(from, "from", end: false), errors.Moment(to, "to", end: true), errors.Skip(skip), errors.Take(take));
        return errors.Any ? errors.Problem()
            : !console.Available ? NotReceiving()
            : TypedResults.Ok(await console.FilesAsync(filter, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<ReceivedFileDocument>, ProblemHttpResult>> FileAsync(long id, ClaimsPrincipal user, ReceivingConsole console,
        CancellationToken cancellationToken) =>
        !console.Available ? NotReceiving()
        : await console.FileAsync(id, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false) is { } file ? TypedResults.Ok(file)
        : NotFound("received file", id);

    private static async Task<Results<Ok<RegisterPage<AbsenceCaseView>>, ValidationProblem, ProblemHttpResult>> CasesAsync(
        string? account, string? employer, string? employee, [FromQuery(Name = "case")] string? caseId, string? status, string? skip, string? take,
        ClaimsPrincipal user, ReceivingConsole console, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var filter = new AbsenceCaseFilter(InputErrors.Clean(account), InputErrors.Clean(employer), InputErrors.Clean(employee), InputErrors.Clean(caseId),
            OneOf(errors, status, "status", CaseStatuses), errors.Skip(skip), errors.Take(take));
        return errors.Any ? errors.Problem()
            : !console.Available ? NotReceiving()
            : TypedResults.Ok(await console.CasesAsync(filter, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<AbsenceCaseDetail>, ProblemHttpResult>> CaseAsync(long id, ClaimsPrincipal user, ReceivingConsole console,
        CancellationToken cancellationToken) =>
        !console.Available ? NotReceiving()
        : await console.CaseAsync(id, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false) is { } found ? TypedResults.Ok(found)
        : NotFound("absence case", id);

    private static async Task<Results<Ok<RegisterPage<SentRetourmeldingView>>, ValidationProblem, ProblemHttpResult>> RetourmeldingenAsync(
        string? account, string? code, string? delivered, string? from, string? to, string? skip, string? take,
        ReceivingConsole console, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var filter = new SentRetourmeldingFilter(InputErrors.Clean(account), OneOf(errors, code, "code", ["02", "03"]), errors.Boolean(delivered, "delivered"),
            errors.Moment(from, "from", end: false), errors.Moment(to, "to", end: true), errors.Skip(skip), errors.Take(take));
        return errors.Any ? errors.Problem()
            : !console.Available ? NotReceiving()
            : TypedResults.Ok(await console.RetourmeldingenAsync(filter, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<SentRetourmeldingDocument>, ProblemHttpResult>> RetourmeldingAsync(long id, ClaimsPrincipal user,
        ReceivingConsole console, CancellationToken cancellationToken) =>
        !console.Available ? NotReceiving()
        : await console.RetourmeldingAsync(id, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(new SentRetourmeldingDocument(found.Retourmelding, found.Xml))
            : NotFound("Retourmelding", id);

    private static async Task<Results<Ok<RegisterPage<ProcessingReportView>>, ValidationProblem, ProblemHttpResult>> ReportsAsync(
        string? account, string? from, string? to, string? skip, string? take, ClaimsPrincipal user, ReceivingConsole console, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var filter = new ProcessingReportFilter(InputErrors.Clean(account), errors.Moment(from, "from", end: false), errors.Moment(to, "to", end: true),
            errors.Skip(skip), errors.Take(take));
        return errors.Any ? errors.Problem()
            : !console.Available ? NotReceiving()
            : TypedResults.Ok(await console.ReportsAsync(filter, AdminPrincipal.SeesMasked(user), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The value as one of <paramref name="allowed"/> (any case), or null; anything else is an error naming the choices.</summary>
    public static string? OneOf(InputErrors errors, string? value, string field, IReadOnlyList<string> allowed)
    {
        if (InputErrors.Clean(value) is not { } text)
        {
            return null;
        }
        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors.Add(field, $"must be one of: {string.Join(", ", allowed.Select(a => a.ToLowerInvariant()))}");
        }
        return match;
    }

    private static ProblemHttpResult NotReceiving() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No receiving role", detail: "this gateway does not run the receiving role");

    private static ProblemHttpResult NotFound(string what, long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no {what} with id {id}");
}

/// <summary>A Retourmelding the receiving role made, with its document pretty-printed.</summary>
internal sealed record SentRetourmeldingDocument(SentRetourmeldingView Retourmelding, string Xml);
