using System.Globalization;

namespace Afas.Simulator.Data;

/// <summary>
/// AFAS-style GUIDs ("{XXXXXXXX-XXXX-4XXX-8XXX-XXXXXXXXXXXX}", upper case). The first two groups are a sortable
/// prefix chosen by the caller so that ordering by GUID follows generation order; the rest is random.
/// </summary>
internal static class SimGuid
{
    /// <summary>The sortable first group for everything that belongs to one employee.</summary>
    public static uint EmployeePrefix(long seed, int employeeIndex)
    {
        var jitter = (uint)(SimRandom.Mix(unchecked((ulong)seed) ^ ((ulong)employeeIndex << 8) ^ 0x5EED) & 7);
        return 0x10000000u + ((uint)employeeIndex * 8u) + jitter;
    }

    public static string Create(uint first, ushort second, ushort third, SimRandom random)
    {
        var tail = random.NextUInt64();
        var fourth = (ushort)(0x8000 | (tail & 0x3FFF));
        var fifth = (random.NextUInt64() & 0xFFFFFFFFFFFFUL);
        return string.Create(CultureInfo.InvariantCulture,
            $"{{{first:X8}-{second:X4}-{third:X4}-{fourth:X4}-{fifth:X12}}}");
    }
}
