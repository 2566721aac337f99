using Gateway.Admin.Masking;
using Gateway.Core.Privacy;
using Gateway.Core.ReceivingRegister;

namespace Gateway.Admin.Data.Receiving;

/// <summary>
/// The receiving register for the admin surface, through Core's <see cref="IReceivingRegisterQueries"/> (registered by
/// the receiving module; without it <see cref="Available"/> is false). Auditors get personal data masked: free texts
/// (file names, Toelichtingen, reports) by the scrubber, identifiers (employee, employment, case) when the whole value is
/// a BSN or IBAN, the classification (medical) always, and documents by <see cref="XmlBodyFormatter"/>.
/// </summary>
internal sealed class ReceivingConsole(IReceivingRegisterQueries? queries = null)
{
    public bool Available => queries is not null;

    private IReceivingRegisterQueries Queries => queries ?? throw new InvalidOperationException("the receiving role is not registered");

    public async Task<RegisterPage<ReceivedFileView>> FilesAsync(ReceivedFileFilter filter, bool masked, CancellationToken cancellationToken)
    {
        var page = await Queries.FilesAsync(filter, cancellationToken).ConfigureAwait(false);
        return page with { Items = [.. page.Items.Select(f => Mask(f, masked))] };
    }

    public async Task<ReceivedFileDocument?> FileAsync(long id, bool masked, CancellationToken cancellationToken)
    {
        var detail = await Queries.FileAsync(id, cancellationToken).ConfigureAwait(false);
        return detail is null
            ? null
            : new ReceivedFileDocument(Mask(detail.File, masked), masked, Format(detail.Content, masked), Format(detail.Retourmelding, masked), detail.CaseIds);
    }

    public async Task<RegisterPage<AbsenceCaseView>> CasesAsync(AbsenceCaseFilter filter, bool masked, CancellationToken cancellationToken)
    {
        var page = await Queries.CasesAsync(filter, cancellationToken).ConfigureAwait(false);
        return page with { Items = [.. page.Items.Select(c => Mask(c, masked))] };
    }

    public async Task<AbsenceCaseDetail?> CaseAsync(long id, bool masked, CancellationToken cancellationToken)
    {
        var detail = await Queries.CaseAsync(id, cancellationToken).ConfigureAwait(false);
        return detail is null ? null : detail with { Case = Mask(detail.Case, masked), Waiting = [.. detail.Waiting.Select(f => Mask(f, masked))] };
    }

    public Task<RegisterPage<SentRetourmeldingView>> RetourmeldingenAsync(SentRetourmeldingFilter filter, CancellationToken cancellationToken) =>
        Queries.RetourmeldingenAsync(filter, cancellationToken);

    public async Task<(SentRetourmeldingView Retourmelding, string Xml)?> RetourmeldingAsync(long id, bool masked, CancellationToken cancellationToken) =>
        await Queries.RetourmeldingAsync(id, cancellationToken).ConfigureAwait(false) is { } found ? (found.Retourmelding, Format(found.Content, masked)!) : null;

    public async Task<RegisterPage<ProcessingReportView>> ReportsAsync(ProcessingReportFilter filter, bool masked, CancellationToken cancellationToken)
    {
        var page = await Queries.ReportsAsync(filter, cancellationToken).ConfigureAwait(false);
        return page with { Items = [.. page.Items.Select(r => r with { Text = PersonalDataMask.Text(r.Text, masked)! })] };
    }

    private static ReceivedFileView Mask(ReceivedFileView file, bool masked) => !masked ? file : file with
    {
        FileName = PersonalDataScrubber.Scrub(file.FileName),
        Errors = [.. file.Errors.Select(e => e with { Toelichting = PersonalDataScrubber.Scrub(e.Toelichting) })],
        WaitingFor = PersonalDataScrubber.Scrub(file.WaitingFor),
    };

    private static AbsenceCaseView Mask(AbsenceCaseView found, bool masked) => !masked ? found : found with
    {
        IdWrknmr = PersonalDataMask.Identifier(found.IdWrknmr, masked)!,
        IdDnstvbnd = PersonalDataMask.Identifier(found.IdDnstvbnd, masked),
        VrzmgvlId = PersonalDataMask.Identifier(found.VrzmgvlId, masked)!,
        SiviClassification = null,
        Classification = found.Classification is null ? null : PersonalDataScrubber.MedicalMask,
        ReceiverClassification = found.ReceiverClassification is null ? null : PersonalDataScrubber.MedicalMask,
    };

    private static string? Format(byte[]? document, bool masked) => document is null ? null : XmlBodyFormatter.Format(document, masked);
}

/// <summary>A received file with its content and its Retourmelding pretty-printed (masked for auditors), and the cases it touched.</summary>
internal sealed record ReceivedFileDocument(ReceivedFileView File, bool Masked, string? Xml, string? RetourmeldingXml, IReadOnlyList<long> CaseIds);
