using System.Globalization;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Generates valid messages from a compiled schema set, deterministically for a given seed. Per global element the
/// corpus holds:
/// <list type="bullet">
/// <item><c>minimal</c>: only required elements, shortest allowed values (often empty strings);</item>
/// <item><c>full-single</c>: every element once, every value at its maximum length / digit count;</item>
/// <item><c>full-NN</c>: every element, repeatable ones <see cref="CorpusOptions.RepeatedOccurs"/> times; document NN
/// starts every code list at value NN, so together they use every enumeration value of every element;</item>
/// <item><c>present:PATH</c>: the minimal document plus one optional element (and its ancestors);</item>
/// <item><c>max-occurs:PATH</c>: the minimal document with one repeatable element at maxOccurs
/// (<see cref="CorpusOptions.UnboundedOccurs"/> when unbounded), with shortest values to keep it small.</item>
/// </list>
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The valid corpus of every global element of <paramref name="schemas"/>.</summary>
    public static IEnumerable<CorpusDocument> Valid(XmlSchemaSet schemas, int seed, CorpusOptions? options = null) =>
        SchemaModel.Roots(schemas).SelectMany(root => Valid(root, seed, options));

    /// <summary>The valid corpus of one message type.</summary>
    public static IEnumerable<CorpusDocument> Valid(ElementModel root, int seed, CorpusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        options ??= CorpusOptions.Default;
        yield return Make("minimal", root.Path, OccurrencePlans.Minimal, LengthGoal.Min, 0);
        yield return Make("full-single", root.Path, OccurrencePlans.Single, LengthGoal.Max, 0);
        var codeListLength = root.DescendantsAndSelf().Max(e => e.Value?.Enumeration.Count ?? 0);
        for (var offset = 0; offset < Math.Max(1, codeListLength); offset++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"full-{offset:D2}");
            var goal = offset == 0 ? LengthGoal.Max : LengthGoal.Random;
            yield return Make(name, root.Path, OccurrencePlans.Full(options.RepeatedOccurs), goal, offset);
        }
        foreach (var element in root.DescendantsAndSelf().Where(e => e.IsOptional))
        {
            yield return Make("present:" + element.Path, element.Path, OccurrencePlans.Focus([element.Path]), LengthGoal.Max, 0);
        }
        foreach (var element in root.DescendantsAndSelf().Where(e => e.IsRepeatable))
        {
            var plan = OccurrencePlans.Focus([element.Path], element.Path, element.MaxOccurs ?? options.UnboundedOccurs);
            yield return Make("max-occurs:" + element.Path, element.Path, plan, LengthGoal.Min, 0);
        }

        CorpusDocument Make(string name, string path, OccurrencePlan plan, LengthGoal goal, int offset)
        {
            var builder = new DocumentBuilder(plan, goal, offset, new Random(StableSeed.Of(seed, root.Path, name)));
            return new CorpusDocument(name, path, builder.Build(root));
        }
    }

    /// <summary>
    /// One document with every element present and each repeatable element <paramref name="repeatedOccurs"/> times
    /// (within its bounds): a sizeable realistic message for benchmarks and round trips.
    /// </summary>
    public static XDocument Full(ElementModel root, int seed, int repeatedOccurs)
    {
        ArgumentNullException.ThrowIfNull(root);
        var random = new Random(StableSeed.Of(seed, root.Path, "full", repeatedOccurs.ToString(CultureInfo.InvariantCulture)));
        return new DocumentBuilder(OccurrencePlans.Full(repeatedOccurs), LengthGoal.Random, 0, random).Build(root);
    }

    /// <summary>The minimal document with the elements at <paramref name="paths"/> (and their ancestors) present.</summary>
    internal static XDocument Focused(ElementModel root, IReadOnlyCollection<string> paths, Random random) =>
        new DocumentBuilder(OccurrencePlans.Focus(paths), LengthGoal.Min, 0, random).Build(root);
}
