namespace Afas.Simulator.Hosting;

/// <summary>How to start a simulator.</summary>
public sealed record AfasSimulatorOptions
{
    /// <summary>The fixed default start date; a fixed date keeps the dataset identical between runs.</summary>
    public static readonly DateOnly DefaultStartDate = new(2025, 6, 2);

    /// <summary>The smallest and largest dataset the simulator serves.</summary>
    public const int MinEmployees = Data.DatasetShape.MinEmployees;

    public const int MaxEmployees = Data.DatasetShape.MaxEmployees;

    /// <summary>Employees on the start date, <see cref="MinEmployees"/> to <see cref="MaxEmployees"/>.</summary>
    public int Employees { get; init; } = 100;

    public long Seed { get; init; } = 1;

    /// <summary>The token clients must present (the &lt;data&gt; of the AfasToken).</summary>
    public string Token { get; init; } = "SIMULATOR-TOKEN";

    /// <summary>Loopback port; 0 picks a free one (see <see cref="AfasSimulatorServer.BaseUrl"/>).</summary>
    public int Port { get; init; }

    /// <summary>The simulated date on day 0.</summary>
    public DateOnly StartDate { get; init; } = DefaultStartDate;

    /// <summary>
    /// Writes values in the shapes real GetConnectors use (numbers and booleans as text, decimals with a comma, dates
    /// with and without time and zone, "" for empty, house number additions in the number, ...): same data, other
    /// JSON. Off by default, so that answers stay byte-identical to earlier versions.
    /// </summary>
    public bool TextValues { get; init; }
}
