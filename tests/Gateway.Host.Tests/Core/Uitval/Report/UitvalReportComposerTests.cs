using Gateway.Core.Uitval.Report;
using MimeKit;

namespace Gateway.Core.Tests.Uitval.Report;

public sealed class UitvalReportComposerTests
{
    [Fact]
    public void Each_account_with_recipients_and_something_to_report_gets_one_message()
    {
        var composer = new UitvalReportComposer(ReportSamples.Options());

        var reports = Compose(composer, ReportSamples.Items());

        Assert.Equal(["arbo-noord", "arbo-zuid"], reports.Select(r => r.Account));
        var noord = reports[0].Message;
        Assert.Equal(["beheer@noord.example.test", "hr@noord.example.test"], noord.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("gateway@example.test", noord.From.Mailboxes.Single().Address);
        Assert.Equal(["beheer@zuid.example.test"], reports[1].Message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["arbo-onbekend"], composer.AccountsWithoutRecipients(ReportSamples.Items()));
    }

    [Fact]
    public void The_subject_and_date_are_Dutch_and_local()
    {
        var reports = Compose(new UitvalReportComposer(ReportSamples.Options()), ReportSamples.Items());

        var noord = reports[0];
        Assert.Equal("Uitvalrapport arbo-noord 30-03-2026: 1 nieuw, 1 openstaand", noord.Message.Subject);
        Assert.Equal((1, 1), (noord.NewCount, noord.OpenCount));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.FromHours(2)), noord.Message.Date);
        Assert.Equal(TimeSpan.FromHours(2), noord.Message.Date.Offset);
    }

    [Fact]
    public void New_items_and_still_open_items_are_listed_in_their_own_sections()
    {
        var report = Compose(new UitvalReportComposer(ReportSamples.Options()), ReportSamples.Items())[0];
        var text = report.Message.TextBody!;

        var newSection = text.IndexOf("Nieuw sinds het vorige rapport (1)", StringComparison.Ordinal);
        var openSection = text.IndexOf("Nog openstaand (1)", StringComparison.Ordinal);
        Assert.True(newSection >= 0 && openSection > newSection, text);
        var newKey = text.IndexOf("emp-new-1", StringComparison.Ordinal);
        var openKey = text.IndexOf("emp-open-1", StringComparison.Ordinal);
        Assert.InRange(newKey, newSection, openSection);
        Assert.True(openKey > openSection);
        Assert.Contains("Stap: Validatie", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UitvalMailLevel.OnlyUitval, new[] { "emp-new-1", "emp-open-1" }, new[] { "emp-warn-1", "emp-note-1" })]
    [InlineData(UitvalMailLevel.WithWarnings, new[] { "emp-new-1", "emp-open-1", "emp-warn-1" }, new[] { "emp-note-1" })]
    [InlineData(UitvalMailLevel.All, new[] { "emp-new-1", "emp-open-1", "emp-warn-1", "emp-note-1" }, new string[0])]
    [InlineData(UitvalMailLevel.WithMetadata, new[] { "emp-new-1", "emp-open-1", "emp-warn-1", "emp-note-1" }, new string[0])]
    public void The_mail_level_decides_which_items_are_shown(UitvalMailLevel level, string[] shown, string[] hidden)
    {
        var report = Compose(new UitvalReportComposer(ReportSamples.Options(level)), ReportSamples.Items())[0];

        foreach (var body in new[] { report.Message.TextBody, report.Message.HtmlBody })
        {
            Assert.All(shown, key => Assert.Contains(key, body, StringComparison.Ordinal));
            Assert.All(hidden, key => Assert.DoesNotContain(key, body, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Only_the_metadata_level_shows_integration_field_and_time()
    {
        var plain = Compose(new UitvalReportComposer(ReportSamples.Options(UitvalMailLevel.All)), ReportSamples.Items())[0];
        var detailed = Compose(new UitvalReportComposer(ReportSamples.Options(UitvalMailLevel.WithMetadata)), ReportSamples.Items())[0];

        Assert.DoesNotContain("afas-arbo-noord", plain.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Soort: Waarschuwing", plain.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Integratie: afas-arbo-noord", detailed.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Veld: Geboortedatum", detailed.Message.TextBody, StringComparison.Ordinal);
        // raised three hours before 07:00 local
        Assert.Contains("Opgetreden: 30-03-2026 04:00", detailed.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<th align=\"left\">Integratie</th>", detailed.Message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_part_is_a_table_with_encoded_values()
    {
        var zuid = Compose(new UitvalReportComposer(ReportSamples.Options()), ReportSamples.Items())[1];

        Assert.IsType<MultipartAlternative>(zuid.Message.Body);
        Assert.Contains("<table", zuid.Message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<td>case-9</td>", zuid.Message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<td>Aflevering</td>", zuid.Message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Ontvanger &lt;sftp&gt; weigerde", zuid.Message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<sftp>", zuid.Message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void No_bsn_iban_or_medical_term_reaches_a_message()
    {
        var reports = Compose(new UitvalReportComposer(ReportSamples.Options(UitvalMailLevel.WithMetadata)), ReportSamples.Items());

        foreach (var report in reports)
        {
            using var raw = new MemoryStream();
            report.Message.WriteTo(raw);
            var everything = System.Text.Encoding.UTF8.GetString(raw.ToArray()) + report.Message.TextBody + report.Message.HtmlBody;
            Assert.DoesNotContain(ReportSamples.PlantedBsn, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(ReportSamples.PlantedIban, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("burn-out", everything, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("BSN [BSN]", reports[0].Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("IBAN [IBAN] hoort", reports[0].Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("wegens [medisch]", reports[1].Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_with_nothing_to_report_is_mailed_only_when_asked()
    {
        Assert.DoesNotContain(Compose(new UitvalReportComposer(ReportSamples.Options()), ReportSamples.Items()), r => r.Account == "arbo-stil");

        var options = ReportSamples.Options();
        options.SendWhenEmpty = true;
        var quiet = Assert.Single(Compose(new UitvalReportComposer(options), []), r => r.Account == "arbo-stil");
        Assert.Equal("Uitvalrapport arbo-stil 30-03-2026: 0 nieuw, 0 openstaand", quiet.Message.Subject);
        Assert.Contains("Er is geen nieuwe of openstaande uitval.", quiet.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_section_is_cut_off_with_a_pointer_to_uitvalbeheer()
    {
        var options = ReportSamples.Options();
        options.MaxLinesPerSection = 2;
        var items = Enumerable.Range(1, 5).Select(i => ReportSamples.Item("arbo-noord", $"emp-{i}", "Postcode ongeldig", isNew: true, hoursAgo: 10 - i)).ToList();

        var text = Compose(new UitvalReportComposer(options), items)[0].Message.TextBody;

        Assert.Contains("emp-1", text, StringComparison.Ordinal);
        Assert.Contains("emp-2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("emp-3", text, StringComparison.Ordinal);
        Assert.Contains("… en nog 3 (zie uitvalbeheer)", text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<UitvalReport> Compose(UitvalReportComposer composer, IReadOnlyList<UitvalReportItem> items) =>
        composer.Compose(items, ReportSamples.ReportTime);
}
