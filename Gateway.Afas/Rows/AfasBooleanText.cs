namespace Gateway.Afas.Rows;

/// <summary>Booleans written as text, as GetConnectors and Dutch HR data have them: "true"/"false", "1"/"0", "Ja"/"Nee", "J"/"N" (any case).</summary>
public static class AfasBooleanText
{
    public static bool TryParse(string text, out bool value)
    {
        var trimmed = text.Trim();
        if (trimmed is "1" || Is(trimmed, "true") || Is(trimmed, "ja") || Is(trimmed, "j"))
        {
            value = true;
            return true;
        }
        if (trimmed is "0" || Is(trimmed, "false") || Is(trimmed, "nee") || Is(trimmed, "n"))
        {
            value = false;
            return true;
        }
        value = false;
        return false;
    }

    private static bool Is(string text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
