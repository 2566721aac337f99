namespace Gateway.Receiving.Accounts;

/// <summary>The SIVI message types the receiving role takes in (Retourmelding1 is what it sends back, not a mutation).</summary>
public static class ReceivableMessageTypes
{
    public const string Verzuimmeldingen = "Verzuimmeldingen";
    public const string Dienstverbanden = "Dienstverbanden";
    public const string WerknemersGegevens = "WerknemersGegevens";
    public const string WerkgeversGegevensBasisregistratie = "WerkgeversGegevensBasisregistratie";

    public static IReadOnlyList<string> All { get; } = [Verzuimmeldingen, Dienstverbanden, WerknemersGegevens, WerkgeversGegevensBasisregistratie];

    /// <summary>The canonical spelling of a receivable type name given in any case, or null.</summary>
    public static string? Canonical(string? name) =>
        All.FirstOrDefault(t => string.Equals(t, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
