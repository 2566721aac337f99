using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Gateway.Admin.Tests;

/// <summary>One headless Chromium for a test class; each test talks to its own server and starts with no cookies (they do not tell ports apart).</summary>
public sealed class ChromiumSession : IDisposable
{
    private readonly Lazy<ChromeDriver> _driver = new(Chromium.Start);

    internal IWebDriver Driver => _driver.Value;

    /// <summary>Opens <paramref name="path"/> on <paramref name="server"/>.</summary>
    internal void Open(AdminServer server, string path) => Driver.Navigate().GoToUrl(new Uri(server.BaseAddress, path));

    /// <summary>Logs in through the login form and waits for the dashboard.</summary>
    internal void Login(AdminServer server, string key)
    {
        Open(server, "ui/login");
        Driver.FindElement(By.Id("apiKey")).SendKeys(key);
        Submit("login");
        Wait(d => d.FindElements(By.Id("who")).Count > 0);
    }

    internal void Wait(Func<IWebDriver, bool> condition) =>
        new WebDriverWait(Driver, TimeSpan.FromSeconds(15)).Until(condition);

    internal string Text(string id) => Driver.FindElement(By.Id(id)).Text;

    /// <summary>Clicks a button or link that loads another page and waits until the old page is gone.</summary>
    internal void Submit(string id)
    {
        var page = Driver.FindElement(By.TagName("html"));
        Driver.FindElement(By.Id(id)).Click();
        Wait(_ => IsGone(page));
        Wait(d => d.FindElements(By.TagName("main")).Count > 0 || d.FindElements(By.Id("error")).Count > 0);
    }

    private static bool IsGone(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (WebDriverException)
        {
            // stale, or (while the next document replaces it) "node does not belong to the document"
            return true;
        }
    }

    public void Dispose()
    {
        if (_driver.IsValueCreated)
        {
            _driver.Value.Quit();
            _driver.Value.Dispose();
        }
    }
}
