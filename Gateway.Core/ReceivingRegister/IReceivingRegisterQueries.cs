namespace Gateway.Core.ReceivingRegister;

/// <summary>
/// The receiving register's read side for the operators' console (admin API and UI, CLI): received files and their
/// Retourmeldingen, the absence case register with each case's chain, the Retourmeldingen sent and the processing
/// reports. Declared here so the admin surface needs no stage; implemented by <c>Gateway.Receiving</c> and registered
/// by its composition root. Values are as stored: the caller masks personal data for viewers who may not see it.
/// </summary>
public interface IReceivingRegisterQueries
{
    Task<RegisterPage<ReceivedFileView>> FilesAsync(ReceivedFileFilter filter, CancellationToken cancellationToken);

    /// <summary>One file with its content (while kept) and its Retourmelding; null when there is none with this id.</summary>
    Task<ReceivedFileDetail?> FileAsync(long id, CancellationToken cancellationToken);

    Task<RegisterPage<AbsenceCaseView>> CasesAsync(AbsenceCaseFilter filter, CancellationToken cancellationToken);

    /// <summary>One case with its chain of applied messages and the files waiting for it; null when there is none with this id.</summary>
    Task<AbsenceCaseDetail?> CaseAsync(long id, CancellationToken cancellationToken);

    Task<RegisterPage<SentRetourmeldingView>> RetourmeldingenAsync(SentRetourmeldingFilter filter, CancellationToken cancellationToken);

    /// <summary>One Retourmelding with its document; null when there is none with this id.</summary>
    Task<(SentRetourmeldingView Retourmelding, byte[] Content)?> RetourmeldingAsync(long id, CancellationToken cancellationToken);

    Task<RegisterPage<ProcessingReportView>> ReportsAsync(ProcessingReportFilter filter, CancellationToken cancellationToken);
}

/// <summary>One page of a register list: the total matching, and the items from <see cref="Skip"/>.</summary>
public sealed record RegisterPage<T>(int Total, int Skip, int Take, IReadOnlyList<T> Items);
