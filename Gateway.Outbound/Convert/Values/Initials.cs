namespace Gateway.Outbound.Convert.Values;

/// <summary>Voorletters as SIVI writes them: letters only, no dots or spaces, at most six ("G.D." → "GD").</summary>
public static class Initials
{
    private static readonly int MaxLength = 6;

    public static string? From(string? afas)
    {
        if (string.IsNullOrWhiteSpace(afas))
        {
            return null;
        }
        var letters = string.Concat(afas.Where(char.IsLetter));
        if (letters.Length == 0)
        {
            return null;
        }
        return letters.Length <= MaxLength ? letters : letters[..MaxLength];
    }
}
