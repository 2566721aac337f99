namespace Gateway.Core.Overviews;

/// <summary>One start-up overview to import: its file name (a <c>.xlsx</c> name is read as Excel, any other as CSV) and content.</summary>
public sealed record OverviewFile(string Name, Stream Content);
