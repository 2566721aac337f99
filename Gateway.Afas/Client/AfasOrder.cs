namespace Gateway.Afas.Client;

/// <summary>An orderbyfieldids entry; descending is sent with a '-' prefix.</summary>
public sealed record AfasOrder(string Field, bool Descending = false)
{
    public string ToParameter() => Descending ? "-" + Field : Field;
}
