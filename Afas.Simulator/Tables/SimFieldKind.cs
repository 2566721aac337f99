namespace Afas.Simulator.Tables;

/// <summary>How a field's value is held (string, int, decimal, bool, DateOnly, DateTime) and written as JSON.</summary>
internal enum SimFieldKind
{
    Text,
    Integer,
    Decimal,
    Boolean,

    /// <summary>A date, written as AFAS does: "yyyy-MM-ddT00:00:00Z".</summary>
    Date,

    /// <summary>An Amsterdam wall-clock moment, written as AFAS does with a misleading "Z".</summary>
    DateTime,
}
