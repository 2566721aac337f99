using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>Which process holds a lease (node, process id and start), so a restarted node takes over its dead predecessor's leases at once.</summary>
internal static class LeaseHolderSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Node", "Leases", nullable: true);
        b.AddColumn<string>("Process", "Leases", nullable: true);
    }

    public static void Down(MigrationBuilder b)
    {
        b.DropColumn("Process", "Leases");
        b.DropColumn("Node", "Leases");
    }
}
