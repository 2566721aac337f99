namespace Afas.Simulator.Tables;

/// <summary>A connector field: its AFAS field id and kind.</summary>
internal sealed record SimField(string Name, SimFieldKind Kind)
{
    public static SimField Text(string name) => new(name, SimFieldKind.Text);
    public static SimField Integer(string name) => new(name, SimFieldKind.Integer);
    public static SimField Decimal(string name) => new(name, SimFieldKind.Decimal);
    public static SimField Boolean(string name) => new(name, SimFieldKind.Boolean);
    public static SimField Date(string name) => new(name, SimFieldKind.Date);
    public static SimField DateTime(string name) => new(name, SimFieldKind.DateTime);
}
