using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Receiving.Register.Migrations;

// One migration class per provider context; the operations are shared.

[DbContext(typeof(SqliteReceivingDbContext))]
[Migration("20261201000001_ReceivingRegister")]
public sealed class SqliteReceivingRegister : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ReceivingRegisterSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ReceivingRegisterSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresReceivingDbContext))]
[Migration("20261201000001_ReceivingRegister")]
public sealed class PostgresReceivingRegister : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ReceivingRegisterSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ReceivingRegisterSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteReceivingDbContext))]
[Migration("20261201000002_PendingRetourmeldingen")]
public sealed class SqlitePendingRetourmeldingen : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => PendingRetourmeldingenSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => PendingRetourmeldingenSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresReceivingDbContext))]
[Migration("20261201000002_PendingRetourmeldingen")]
public sealed class PostgresPendingRetourmeldingen : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => PendingRetourmeldingenSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => PendingRetourmeldingenSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteReceivingDbContext))]
[Migration("20261201000003_WaitingSince")]
public sealed class SqliteWaitingSince : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => WaitingSinceSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => WaitingSinceSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresReceivingDbContext))]
[Migration("20261201000003_WaitingSince")]
public sealed class PostgresWaitingSince : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => WaitingSinceSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => WaitingSinceSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteReceivingDbContext))]
[Migration("20261201000004_IntakeStepStatus")]
public sealed class SqliteIntakeStepStatus : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => IntakeStepStatusSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => IntakeStepStatusSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresReceivingDbContext))]
[Migration("20261201000004_IntakeStepStatus")]
public sealed class PostgresIntakeStepStatus : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => IntakeStepStatusSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => IntakeStepStatusSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteReceivingDbContext))]
[Migration("20261207200000_ReceivingConsole")]
public sealed class SqliteReceivingConsole : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ReceivingConsoleSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ReceivingConsoleSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresReceivingDbContext))]
[Migration("20261207200000_ReceivingConsole")]
public sealed class PostgresReceivingConsole : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ReceivingConsoleSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => ReceivingConsoleSchema.Down(migrationBuilder);
}

[DbContext(typeof(SqliteReceivingDbContext))]
[Migration("20261207200001_HostedLogins")]
public sealed class SqliteHostedLogins : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => HostedLoginsSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => HostedLoginsSchema.Down(migrationBuilder);
}

[DbContext(typeof(PostgresReceivingDbContext))]
[Migration("20261207200001_HostedLogins")]
public sealed class PostgresHostedLogins : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => HostedLoginsSchema.Up(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => HostedLoginsSchema.Down(migrationBuilder);
}
