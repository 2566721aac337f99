namespace Gateway.Core.Overviews;

/// <summary>
/// The receiving role's start-up overview import (seed 003, step 7), declared here so the admin surface needs no stage;
/// implemented by <c>Gateway.Receiving</c>'s <c>StartupOverviewImporter</c> and registered by its composition root.
/// </summary>
public interface IStartupOverviewImport
{
    /// <summary>Imports the overviews given into <paramref name="account"/>'s register, all or nothing, audited as <paramref name="user"/>; null when there is no such receiving account.</summary>
    Task<OverviewImportResult?> ImportAsync(string account, OverviewFile? employees, OverviewFile? cases, string user, CancellationToken cancellationToken);
}
