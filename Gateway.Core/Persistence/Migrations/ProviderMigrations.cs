using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

// One migration class per provider context; the operations are shared.

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261122000001_InitialSchema")]
public sealed class SqliteInitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => InitialSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => InitialSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261122000001_InitialSchema")]
public sealed class PostgresInitialSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => InitialSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => InitialSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261129000001_Ledger")]
public sealed class SqliteLedgerSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => LedgerSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => LedgerSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261129000001_Ledger")]
public sealed class PostgresLedgerSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => LedgerSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => LedgerSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261129000002_ConversionCursors")]
public sealed class SqliteConversionCursorSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ConversionCursorSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ConversionCursorSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261129000002_ConversionCursors")]
public sealed class PostgresConversionCursorSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ConversionCursorSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ConversionCursorSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261129000003_Collected")]
public sealed class SqliteCollectedSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => CollectedSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => CollectedSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261129000003_Collected")]
public sealed class PostgresCollectedSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => CollectedSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => CollectedSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207050000_AdminSessions")]
public sealed class SqliteAdminSessionSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => AdminSessionSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => AdminSessionSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207050000_AdminSessions")]
public sealed class PostgresAdminSessionSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => AdminSessionSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => AdminSessionSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207100000_LeaseHolders")]
public sealed class SqliteLeaseHolderSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => LeaseHolderSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => LeaseHolderSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207100000_LeaseHolders")]
public sealed class PostgresLeaseHolderSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => LeaseHolderSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => LeaseHolderSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207100001_PartnerOutages")]
public sealed class SqlitePartnerOutageSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => PartnerOutageSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => PartnerOutageSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207100001_PartnerOutages")]
public sealed class PostgresPartnerOutageSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => PartnerOutageSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => PartnerOutageSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207300000_UitvalAccount")]
public sealed class SqliteUitvalAccountSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => UitvalAccountSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => UitvalAccountSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207300000_UitvalAccount")]
public sealed class PostgresUitvalAccountSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => UitvalAccountSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => UitvalAccountSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207300001_ScheduledJobs")]
public sealed class SqliteScheduledJobsSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ScheduledJobsSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ScheduledJobsSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207300001_ScheduledJobs")]
public sealed class PostgresScheduledJobsSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ScheduledJobsSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ScheduledJobsSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207300002_PendingPulls")]
public sealed class SqlitePendingPullsSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => PendingPullsSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => PendingPullsSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207300002_PendingPulls")]
public sealed class PostgresPendingPullsSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => PendingPullsSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => PendingPullsSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207300003_LedgerRetention")]
public sealed class SqliteLedgerRetentionSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => LedgerRetentionSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => LedgerRetentionSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207300003_LedgerRetention")]
public sealed class PostgresLedgerRetentionSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => LedgerRetentionSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => LedgerRetentionSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207600000_DocumentExchange")]
public sealed class SqliteDocumentExchangeSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => DocumentExchangeSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => DocumentExchangeSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207600000_DocumentExchange")]
public sealed class PostgresDocumentExchangeSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => DocumentExchangeSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => DocumentExchangeSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteGatewayDbContext))]
[Migration("20261207900011_UitvalOwnerBackfill")]
public sealed class SqliteUitvalOwnerBackfill : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => UitvalOwnerBackfill.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => UitvalOwnerBackfill.Down(migrationBuilder);
}

[DbContext(typeof(PostgresGatewayDbContext))]
[Migration("20261207900011_UitvalOwnerBackfill")]
public sealed class PostgresUitvalOwnerBackfill : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => UitvalOwnerBackfill.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => UitvalOwnerBackfill.Down(migrationBuilder);
}
