namespace Sivi.Messages.Header;

/// <summary>
/// Berrefnr values: a version-7 UUID (time ordered, 122 bits of which random), 32 hex digits. Unique across
/// nodes without coordination, and sortable by creation time in audit listings.
/// </summary>
public static class BerichtReferentie
{
    public static string New(TimeProvider clock) => Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
}
