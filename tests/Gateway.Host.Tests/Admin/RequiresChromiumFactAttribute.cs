namespace Gateway.Admin.Tests;

/// <summary>A test that drives headless Chromium; skipped with the reason where chromium or chromedriver is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute()
    {
        if (Chromium.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
