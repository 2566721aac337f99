namespace Gateway.Admin.Ui;

/// <summary>The UI's only stylesheet, served from the process at <c>/ui/admin.css</c> (no CDN, no scripts).</summary>
internal static class AdminStyles
{
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1d2730; background: #f6f7f9; }
        header { background: #1f3a5f; color: #fff; padding: .6rem 1rem; display: flex; justify-content: space-between; }
        header a { color: #fff; }
        nav { background: #e4e9f0; padding: .4rem 1rem; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
        nav .who { margin-left: auto; color: #46515c; }
        main { padding: 1rem; }
        h1 { font-size: 1.4rem; margin-top: 0; }
        h2 { font-size: 1.1rem; margin-top: 1.6rem; }
        table { border-collapse: collapse; background: #fff; margin-bottom: 1rem; }
        th, td { border: 1px solid #d5dbe2; padding: .3rem .5rem; text-align: left; vertical-align: top; font-size: .9rem; }
        th { background: #eef1f5; }
        td.num { text-align: right; }
        .badge { padding: .1rem .4rem; border-radius: .3rem; font-size: .8rem; }
        .badge.blocked, .badge.Failed, .badge.Rejected { background: #f8d7da; color: #7a1c24; }
        .badge.active, .badge.Succeeded, .badge.Delivered, .badge.Acknowledged { background: #d4edda; color: #1c5b2c; }
        .badge.Running, .badge.Held, .badge.Queued, .badge.warn { background: #fff3cd; color: #6b5200; }
        .notice { background: #d1ecf1; border: 1px solid #9fcdd8; padding: .5rem; }
        .notice.warn { background: #fff3cd; border-color: #e0c36a; }
        .error { background: #f8d7da; border: 1px solid #e5a4ab; padding: .5rem; }
        .masked { background: #fff3cd; border: 1px solid #e6d38a; padding: .5rem; }
        form.inline { display: inline; }
        form.block { background: #fff; border: 1px solid #d5dbe2; padding: .8rem; margin: .5rem 0; max-width: 44rem; }
        nav.pager { margin: .8rem 0; display: flex; gap: 1rem; align-items: center; }
        form.filters { margin-bottom: 1rem; display: flex; gap: .6rem; flex-wrap: wrap; align-items: end; }
        label { display: block; margin: .3rem 0; }
        input[type=text], input[type=password], select { padding: .25rem; }
        button { padding: .25rem .7rem; cursor: pointer; }
        pre.xml { background: #fff; border: 1px solid #d5dbe2; padding: .8rem; overflow: auto; font-size: .85rem; }
        dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
        dt { font-weight: bold; }
        .badge.Processed, .badge.Open, .badge.code02 { background: #d4edda; color: #1c5b2c; }
        .badge.Refused, .badge.Expired, .badge.Discarded, .badge.code03 { background: #f8d7da; color: #7a1c24; }
        .badge.Waiting { background: #fff3cd; color: #6b5200; }
        pre.report { margin: 0; font-size: .8rem; white-space: pre-wrap; }
        nav a[aria-current=page] { font-weight: bold; color: #1d2730; text-decoration: none; border-bottom: 3px solid #1f3a5f; }
        .subnav a[aria-current=page] { font-weight: bold; color: #1d2730; text-decoration: none; }
        section.alerts { background: #fff3cd; border: 1px solid #e0c36a; border-left: 6px solid #c58a00; padding: .3rem .8rem; margin-bottom: 1rem; }
        section.alerts ul { margin: 0; padding-left: 1rem; }
        section.alerts li { margin: .2rem 0; }
        footer { padding: .6rem 1rem 1.2rem; color: #46515c; font-size: .8rem; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(30rem, 1fr)); gap: 1rem; }
        figure.chart { background: #fff; border: 1px solid #d5dbe2; margin: 0 0 .6rem; padding: .6rem; }
        figure.chart figcaption { font-weight: bold; margin-bottom: .3rem; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figure.chart text { font-size: 11px; fill: #46515c; }
        figure.chart text.empty { font-size: 13px; }
        figure.chart line.grid { stroke: #e4e9f0; stroke-width: 1; }
        figure.chart line.axis-line { stroke: #8a96a3; stroke-width: 1; }
        figure.chart path.line { fill: none; stroke-width: 2; }
        .legend { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85rem; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -.1rem; border-radius: .15rem; }
        details.values summary { cursor: pointer; font-size: .85rem; color: #46515c; }
        details.values table { margin-top: .4rem; }
        .chart-group { display: flex; flex-direction: column; }
        .chart-group .summary { margin: 0 0 .4rem; }
        .s0 { fill: #1f77b4; stroke: #1f77b4; background: #1f77b4; }
        .s1 { fill: #2ca02c; stroke: #2ca02c; background: #2ca02c; }
        .s2 { fill: #d62728; stroke: #d62728; background: #d62728; }
        .s3 { fill: #ff7f0e; stroke: #ff7f0e; background: #ff7f0e; }
        .s4 { fill: #9467bd; stroke: #9467bd; background: #9467bd; }
        .s5 { fill: #8c564b; stroke: #8c564b; background: #8c564b; }
        .s6 { fill: #17becf; stroke: #17becf; background: #17becf; }
        .s7 { fill: #7f7f7f; stroke: #7f7f7f; background: #7f7f7f; }
        """;

    /// <summary>The tab icon, served at <c>/ui/favicon.svg</c> (else the browser asks for <c>/favicon.ico</c> and logs a 404 on every page).</summary>
    public const string Icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f3a5f"/><path d="M3 12V8h2v4zm4 0V5h2v7zm4 0V3h2v9z" fill="#fff"/></svg>
        """;
}
