namespace Gateway.Admin.Data.Charts;

/// <summary>Retourmelding acceptance and turnaround over a period, per day and in total.</summary>
internal sealed record RetourmeldingTrend(ChartData Rate, ChartData Turnaround, int Answered, int Acknowledged, double? RatePercent, double? MedianHours);
