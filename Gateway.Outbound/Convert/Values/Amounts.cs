namespace Gateway.Outbound.Convert.Values;

/// <summary>Decimals as SIVI amounts: two decimals, rounded half away from zero.</summary>
public static class Amounts
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The absence percentage for a presence percentage: 100 - presence, kept within 0..100.</summary>
    public static decimal AbsenceFromPresence(decimal? presence) => Round2(Math.Clamp(100m - (presence ?? 0m), 0m, 100m));
}
