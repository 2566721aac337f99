using OpenQA.Selenium.Chrome;

namespace Gateway.Admin.Tests;

/// <summary>
/// Debian's Chromium driven by Debian's chromedriver through Selenium. Both paths are given explicitly, so Selenium
/// Manager never runs and nothing is downloaded: the tests work offline with the two apt packages.
/// </summary>
internal static class Chromium
{
    private const string DriverFolder = "/usr/bin";
    private const string DriverName = "chromedriver";

    private static readonly string[] Browsers = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? UnavailableReason { get; } = FindReason();

    public static ChromeDriver Start()
    {
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Browsers.First(File.Exists) };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1024",
            "--no-first-run", "--disable-extensions", "--lang=nl-NL");
        // the page's console (CSP violations, errors) for tests that assert there is nothing in it
        options.SetLoggingPreference(OpenQA.Selenium.LogType.Browser, OpenQA.Selenium.LogLevel.All);
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }

    private static string? FindReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "headless Chromium tests run on Linux with Debian's chromium and chromium-driver packages";
        }
        if (!File.Exists(Path.Combine(DriverFolder, DriverName)))
        {
            return "chromedriver is not installed (apt-get install chromium chromium-driver)";
        }
        return Browsers.Any(File.Exists) ? null : "chromium is not installed (apt-get install chromium chromium-driver)";
    }
}
