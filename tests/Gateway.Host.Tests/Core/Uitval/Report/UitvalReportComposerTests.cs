using Gateway.Core.Uitval.Report;
using MimeKit;

namespace Gateway.Core.Tests.Uitval.Report;

public sealed class UitvalReportComposerTests
{
    [Fact]
    public void Each_recipient_with_something_to_report_gets_one_message()
    {
        var composer = new UitvalReportComposer(ReportSamples.Options());

        var reports = Compose(composer, ReportSamples.Items());

        Assert.Equal(["arbo-noord", "arbo-noord", "arbo-zuid"], reports.Select(r => r.Account));
        Assert.Equal(["beheer@noord.example.test", "hr@noord.example.test", "beheer@zuid.example.test"],
            reports.Select(r => r.Message.To.Mailboxes.Single().Address));
        Assert.Equal("gateway@example.test", reports[0].Message.From.Mailboxes.Single().Address);
        Assert.Equal(["arbo-onbekend"], composer.AccountsWithoutRecipients(ReportSamples.Items()));
    }

    [Fact]
    public void A_recipient_of_two_accounts_gets_one_message_listing_a_shared_record_once_with_both_accounts()
    {
        var options = ReportSamples.Options();
        options.Recipients["arbo-zuid"].Addresses.Add("hr@noord.example.test");
        var shared = new[] { "arbo-noord", "arbo-zuid" }.Select(account => ReportSamples.Item(account, "{EMP-SHARED}", "is missing", isNew: true, hoursAgo: 5,
            stage: Gateway.Core.Uitval.UitvalStage.Import) with
        { Integration = "afas", Identity = "uitval/77", Connector = "Newdays_Connect_Medewerker_Gegevens_v1" });

        var reports = Compose(new UitvalReportComposer(options), [.. ReportSamples.Items(), .. shared]);

        var both = Assert.Single(reports, r => r.Message.To.Mailboxes.Single().Address == "hr@noord.example.test");
        Assert.Equal("arbo-noord, arbo-zuid", both.Account);
        var text = both.Message.TextBody!;
        Assert.Equal(1, CountOf(text, "{EMP-SHARED}"));
        Assert.Contains("Import, account arbo-noord, arbo-zuid, datastroom Medewerkers en dienstverbanden, sleutel {EMP-SHARED}: Geboortedatum is missing.",
            text, StringComparison.Ordinal);
        // and the zuid lines, at zuid's level, in the same message
        Assert.Contains("case-9", text, StringComparison.Ordinal);
        Assert.Contains("emp-new-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_is_a_sentence_that_names_account_stream_key_field_and_reason()
    {
        var item = ReportSamples.Item("arbo-noord", "{EMP-7}", "is not configured for employer 01", isNew: true, hoursAgo: 1,
            stage: Gateway.Core.Uitval.UitvalStage.Transformation) with
        { Field = "Loonheffingennummer", Connector = "Newdays_Connect_Medewerker_Gegevens_v1" };

        var text = Compose(new UitvalReportComposer(ReportSamples.Options()), [item])[0].Message.TextBody!;

        Assert.Contains("- Transformatie, account arbo-noord, datastroom Medewerkers en dienstverbanden, sleutel {EMP-7}: "
            + "Loonheffingennummer is not configured for employer 01.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_pulls_and_unacknowledged_messages_have_their_own_sections()
    {
        var pull = ReportSamples.Item("arbo-noord", null!, "AFAS weigert de toegang sinds 29-03-2026 21:00", isNew: true, hoursAgo: 10)
            with
        { RecordKey = null, Field = null, Connector = "Newdays_Connect_Werkgevers_v1", Kind = UitvalItemKind.PullFailure };
        var unanswered = ReportSamples.Item("arbo-noord", "DV_X1.xml", "is op 27-03-2026 21:00 afgeleverd en na 2 dagen nog niet bevestigd met een Retourmelding",
            isNew: true, hoursAgo: 20, stage: Gateway.Core.Uitval.UitvalStage.Delivery) with
        { Field = null, Connector = "Dienstverbanden", Kind = UitvalItemKind.Unacknowledged };

        var report = Compose(new UitvalReportComposer(ReportSamples.Options()), [pull, unanswered])[0];
        var text = report.Message.TextBody!;

        Assert.Contains("Synchronisaties die mislukken (1)", text, StringComparison.Ordinal);
        Assert.Contains("De synchronisatie van account arbo-noord, datastroom Werkgevers is mislukt: AFAS weigert de toegang sinds 29-03-2026 21:00.", text, StringComparison.Ordinal);
        Assert.Contains("Berichten zonder Retourmelding (1)", text, StringComparison.Ordinal);
        Assert.Contains("Bericht DV_X1.xml (account arbo-noord, datastroom Medewerkers (Dienstverbanden)) is op 27-03-2026 21:00 afgeleverd", text, StringComparison.Ordinal);
        Assert.Equal("Uitvalrapport arbo-noord 30-03-2026: 0 nieuw, 0 openstaand, 2 meldingen over synchronisatie en Retourmeldingen", report.Message.Subject);
        Assert.Contains("Berichten zonder Retourmelding (1)", report.Message.HtmlBody, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
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
        Assert.Contains("- Validatie, account arbo-noord, datastroom -, sleutel emp-new-1:", text, StringComparison.Ordinal);
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
        var zuid = Compose(new UitvalReportComposer(ReportSamples.Options()), ReportSamples.Items())[2];

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
        Assert.Contains("wegens [medisch]", reports[2].Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_with_nothing_to_report_is_mailed_only_when_asked()
    {
        Assert.DoesNotContain(Compose(new UitvalReportComposer(ReportSamples.Options()), ReportSamples.Items()), r => r.Account == "arbo-stil");

        var options = ReportSamples.Options();
        options.SendWhenEmpty = true;
        var quiet = Assert.Single(Compose(new UitvalReportComposer(options), []), r => r.Account == "arbo-stil");
        Assert.Equal("beheer@stil.example.test", quiet.Message.To.Mailboxes.Single().Address);
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
