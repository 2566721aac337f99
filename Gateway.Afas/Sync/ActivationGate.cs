using System.Data.Common;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Sync;

/// <summary>
/// Only employers an admin has activated are synchronised (seed 000: every sync starts from the active employers, so
/// nothing about inactive ones is stored). Employee-level rows without an employer of their own (IBAN) follow the
/// employer of the employee as the last Medewerker_Gegevens pull recorded it.
/// </summary>
public sealed class ActivationGate
{
    private readonly HashSet<string> _activeEmployers;
    private readonly Dictionary<string, string>? _employeeEmployers;

    private ActivationGate(HashSet<string> activeEmployers, Dictionary<string, string>? employeeEmployers)
    {
        _activeEmployers = activeEmployers;
        _employeeEmployers = employeeEmployers;
    }

    public IReadOnlyCollection<string> ActiveEmployers => _activeEmployers;

    public static async Task<ActivationGate> LoadAsync(GatewayDatabase database, string integration, string connector, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var active = await context.Employers.AsNoTracking()
            .Where(e => e.Integration == integration && e.Active)
            .Select(e => e.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var employees = connector == AfasConnectorIds.MedewerkerIban
            ? await LoadEmployeeEmployersAsync(context, integration, cancellationToken).ConfigureAwait(false)
            : null;
        return new ActivationGate(new HashSet<string>(active, StringComparer.Ordinal), employees);
    }

    /// <summary>
    /// A gate that admits one employer only, whether active or not (the go-live preview); IBAN rows follow
    /// <paramref name="employeeEmployers"/> (employee GUID → Werkgeverscode, as a Medewerker_Gegevens pull reads them).
    /// </summary>
    public static ActivationGate ForEmployer(string employer, IReadOnlyDictionary<string, string> employeeEmployers) =>
        new(new HashSet<string>([employer], StringComparer.Ordinal), new Dictionary<string, string>(employeeEmployers, StringComparer.Ordinal));

    /// <summary>The employer the record is attributed to (for IBAN rows: the employee's), or null when it has none.</summary>
    public string? EmployerOf(string connector, string? employer, string? subject) =>
        connector == AfasConnectorIds.MedewerkerIban && subject is not null && _employeeEmployers is not null
            ? _employeeEmployers.GetValueOrDefault(subject)
            : employer;

    /// <summary>Whether a record of <paramref name="connector"/> attributed to <paramref name="employer"/> may be synchronised.</summary>
    public bool Admits(string connector, string? employer) => connector switch
    {
        AfasConnectorIds.Organigram or AfasConnectorIds.AccountsAutorisaties => true,
        _ => employer is not null && _activeEmployers.Contains(employer),
    };

    private static async Task<Dictionary<string, string>> LoadEmployeeEmployersAsync(GatewayDbContext context, string integration, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = """
            SELECT "SubjectKey","EmployerCode" FROM "ConnectorRecords"
            WHERE "Integration"=@i AND "Connector"=@c AND "SubjectKey" IS NOT NULL AND "EmployerCode" IS NOT NULL
            """;
        var integrationParameter = command.CreateParameter();
        integrationParameter.ParameterName = "i";
        integrationParameter.Value = integration;
        command.Parameters.Add(integrationParameter);
        var connectorParameter = command.CreateParameter();
        connectorParameter.ParameterName = "c";
        connectorParameter.Value = AfasConnectorIds.MedewerkerGegevens;
        command.Parameters.Add(connectorParameter);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            map[reader.GetString(0)] = reader.GetString(1);
        }
        return map;
    }
}
