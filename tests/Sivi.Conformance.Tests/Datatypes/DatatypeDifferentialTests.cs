using System.Text;
using Sivi.Conformance.Tests.Support;
using Xunit.Abstractions;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// The gateway's validator and libxml2 (an independent XML Schema implementation) give the same verdict on every
/// datatype edge value in every kind of simple type in SIVI's official schemas, except where libxml2 departs from the
/// specification (<see cref="LibxmlDeviations"/>, each with its clause and a control value libxml2 must accept).
/// </summary>
public sealed class DatatypeDifferentialTests(ITestOutputHelper output)
{
    [RequiresXmllintFact]
    public async Task Gateway_and_libxml2_agree_on_every_datatype_edge_value()
    {
        var cancellationToken = CancellationToken.None;
        var cases = DatatypeCases.Build();
        using var comparison = new DatatypeComparison();
        var outcomes = await comparison.RunAsync(cases, cancellationToken);

        var differences = outcomes.Where(o => o.Differs).ToList();
        var explained = await ExplainAsync(comparison, differences, cases.Count, cancellationToken);
        var unexplained = differences.Where(d => !explained.ContainsKey(d)).ToList();

        output.WriteLine($"{cases.Count} datatype cases in {cases.Select(c => (c.Release, c.Type)).Distinct().Count()} (release, type) schemas, "
            + $"{cases.Select(c => c.Rule).Distinct().Count()} kinds of simple type; {differences.Count} differences, {unexplained.Count} unexplained");
        foreach (var group in explained.GroupBy(e => e.Value.Name))
        {
            output.WriteLine($"  {group.Count()} explained by: {group.Key}");
        }
        var report = new StringBuilder();
        foreach (var outcome in unexplained)
        {
            report.AppendLine(outcome.ToString());
        }
        output.WriteLine(report.ToString());

        Assert.Equal(SiviCatalog.Schemas.Count, cases.Select(c => (c.Release, c.Type)).Distinct().Count());
        Assert.All(outcomes.Where(o => o.Case.IsBaseline), o => Assert.True(o.Libxml == true && o.Gateway == true, $"baseline not valid everywhere: {o}"));
        Assert.True(unexplained.Count == 0, $"{unexplained.Count} of {cases.Count} cases differ without a documented libxml2 deviation:\n{report}");
        Assert.All(LibxmlDeviations.All, d => Assert.True(explained.ContainsValue(d), $"documented libxml2 deviation never observed: {d.Name}"));
    }

    /// <summary>
    /// The differences a documented libxml2 deviation explains: libxml2 refuses, the gateway (every way it validates)
    /// accepts, the deviation matches, and libxml2 accepts the deviation's control value in the same place.
    /// </summary>
    private static async Task<Dictionary<CaseOutcome, LibxmlDeviation>> ExplainAsync(
        DatatypeComparison comparison, IReadOnlyList<CaseOutcome> differences, int firstFreeNumber, CancellationToken cancellationToken)
    {
        var candidates = new List<(CaseOutcome Outcome, LibxmlDeviation Deviation, DatatypeCase Control)>();
        foreach (var outcome in differences.Where(d => d.Libxml == false && d.Gateway == true))
        {
            var value = LibxmlDeviations.ValueOf(outcome.Case);
            if (LibxmlDeviations.All.FirstOrDefault(d => d.Matches(outcome.Case, value)) is { } deviation)
            {
                var control = EdgeValue.Text("control: " + outcome.Case.Value.Label, deviation.Control(value));
                candidates.Add((outcome, deviation, outcome.Case.With(firstFreeNumber + candidates.Count, control)));
            }
        }
        var controls = await comparison.RunAsync(candidates.Select(c => c.Control).ToList(), cancellationToken);
        return candidates.Zip(controls)
            .Where(pair => pair.Second.Libxml == true)
            .ToDictionary(pair => pair.First.Outcome, pair => pair.First.Deviation);
    }
}
