namespace Gateway.Receiving.Register;

/// <summary>Where a register row came from.</summary>
public enum RegisterSource
{
    /// <summary>A received SIVI message.</summary>
    Message = 1,

    /// <summary>The start-up overviews (employees currently absent, absence cases of the last 28 days).</summary>
    Overview = 2,
}
