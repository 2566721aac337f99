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
        """;
}
