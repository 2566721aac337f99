using Gateway.Core.Uitval;
using Gateway.Host.Telemetry;

namespace Gateway.Host.Tests.Telemetry;

public sealed class UitvalOpenSeriesTests
{
    [Fact]
    public void Nothing_open_reports_a_zero_per_stage_with_empty_labels()
    {
        var series = new UitvalOpenSeries().Observe([]);

        Assert.Equal(Enum.GetValues<UitvalStage>().Select(stage => ("", "", stage, 0)), series);
    }

    [Fact]
    public void Open_entries_are_reported_and_drop_to_zero_once_resolved()
    {
        var series = new UitvalOpenSeries();

        var first = series.Observe([("afas", "arbo", UitvalStage.Validation, 3), ("afas", "", UitvalStage.Import, 1)]);
        Assert.Contains(("afas", "arbo", UitvalStage.Validation, 3), first);
        Assert.Contains(("afas", "", UitvalStage.Import, 1), first);
        Assert.Contains(("", "", UitvalStage.Validation, 0), first);

        var later = series.Observe([("afas", "", UitvalStage.Import, 2)]);
        Assert.Contains(("afas", "arbo", UitvalStage.Validation, 0), later);
        Assert.Contains(("afas", "", UitvalStage.Import, 2), later);
        Assert.Equal(Enum.GetValues<UitvalStage>().Length + 2, later.Count);
    }

    [Fact]
    public void Rows_of_one_combination_are_added_up_into_one_series()
    {
        var series = new UitvalOpenSeries().Observe([("afas", "arbo", UitvalStage.Delivery, 2), ("afas", "arbo", UitvalStage.Delivery, 5)]);

        Assert.Single(series, s => s is ("afas", "arbo", UitvalStage.Delivery, _));
        Assert.Contains(("afas", "arbo", UitvalStage.Delivery, 7), series);
    }
}
