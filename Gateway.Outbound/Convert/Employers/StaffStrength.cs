using System.Globalization;
using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Source;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Employers;

/// <summary>
/// Personeelssterkte of an employer on a peildatum, counted from the employments in the AFAS state (the rule in
/// docs/mapping.md): an employment (GUID + Dienstverbandnummer) counts when it started on or before the peildatum and did
/// not end before it, at the employer of its latest contract; AantWrknmrs is the number of distinct employees with such
/// an employment, AantFTE the sum of those employments' FTE rounded to a whole number (absent when no employment has an
/// FTE), and the female/male counts split both by Geslacht (unknown gender counts only in the totals).
/// </summary>
public static class StaffStrength
{
    public static Personeelssterkte Count(SourceSnapshot source, string werkgeverscode, DateOnly peildatum) =>
        Of(InForce(source, peildatum).Where(r => string.Equals(r.Werkgeverscode?.Trim(), werkgeverscode, StringComparison.OrdinalIgnoreCase)).ToList(), peildatum);

    /// <summary>The Personeelssterkte of every employer with an employment in force, by Werkgeverscode (trimmed, any case), in one pass.</summary>
    public static Dictionary<string, Personeelssterkte> CountAll(SourceSnapshot source, DateOnly peildatum) =>
        InForce(source, peildatum).Where(r => !string.IsNullOrWhiteSpace(r.Werkgeverscode))
            .GroupBy(r => r.Werkgeverscode!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Of([.. g], peildatum), StringComparer.OrdinalIgnoreCase);

    /// <summary>Each employment's latest contract, when the employment is in force on the peildatum.</summary>
    private static IEnumerable<EmploymentFacts> InForce(SourceSnapshot source, DateOnly peildatum) => source.Employments()
        .GroupBy(r => (Guid: r.Guid.Trim(), r.Dienstverbandnummer))
        .Select(g => g.MaxBy(r => r.Contractnummer)!)
        .Where(r => InForce(r, peildatum));

    private static Personeelssterkte Of(List<EmploymentFacts> active, DateOnly peildatum)
    {
        var women = active.Where(r => GenderCodes.ToSivi(r.Geslacht) == GenderCodes.Vrouw).ToList();
        var men = active.Where(r => GenderCodes.ToSivi(r.Geslacht) == GenderCodes.Man).ToList();
        return new Personeelssterkte
        {
            PeildatPersoneelssterkte = peildatum,
            AantWrknmrs = Employees(active),
            AantFTE = Fte(active),
            AantVrouwelijkeWrknmrs = Employees(women),
            AantVrouwelijkeFTE = Fte(women),
            AantMannelijkeWrknmrs = Employees(men),
            AantMannelijkeFTE = Fte(men),
        };
    }

    private static bool InForce(EmploymentFacts row, DateOnly peildatum) =>
        row.Start is { } start && start <= peildatum && (row.End is not { } end || end >= peildatum);

    private static string Employees(List<EmploymentFacts> rows) =>
        rows.Select(r => r.Guid.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count().ToString(CultureInfo.InvariantCulture);

    private static string? Fte(List<EmploymentFacts> rows) => rows.Any(r => r.Fte is not null)
        ? Math.Round(rows.Sum(r => r.Fte ?? 0m), MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)
        : null;
}
