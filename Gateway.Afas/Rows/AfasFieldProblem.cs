namespace Gateway.Afas.Rows;

/// <summary>Why one field of a row could not be read. The reason never contains the value.</summary>
public sealed record AfasFieldProblem(string Field, string Reason);
