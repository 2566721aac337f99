using System.Globalization;

namespace Afas.Simulator.Data;

/// <summary>Derives an employee from its index: nothing about employees is stored.</summary>
internal sealed class EmployeeFactory(SimWorld world)
{
    private static readonly decimal[] WeeklyHours = [8m, 12m, 16m, 20m, 24m, 24.5m, 28m, 32m, 36m, 38m, 40m];

    public string GuidOf(int index)
    {
        var random = SimRandom.For(world.Seed, SimStream.Guid, index);
        return SimGuid.Create(SimGuid.EmployeePrefix(world.Seed, index), (ushort)random.Next(0x10000),
            (ushort)(0x4000 | random.Next(0x1000)), random);
    }

    public static string PersoneelsnummerOf(int index) => (1001 + index).ToString(CultureInfo.InvariantCulture);

    public SimEmployee Create(int index)
    {
        var shape = world.Shape;
        var isManager = shape.IsManager(index);
        var identity = SimRandom.For(world.Seed, SimStream.Identity, index);
        var employerIndex = isManager ? index / shape.UnitsPerEmployer : identity.Next(shape.EmployerCount);
        var employer = world.Employers[employerIndex];
        var person = PersonGenerator.Create(identity, world.StartDate, employer.EmailDomain);
        var homeUnit = isManager ? index : (employerIndex * shape.UnitsPerEmployer) + 1 + identity.Next(shape.UnitsPerEmployer - 1);
        var noRisk = identity.Chance(0.03);

        var timeline = SimRandom.For(world.Seed, SimStream.Timeline, index);
        var isHire = index >= shape.InitialEmployees;
        var firstDay = isHire ? shape.HireDay(index) : int.MinValue;
        var baseDay = isHire ? firstDay : 0;
        var employments = isHire
            ? HiredEmployment(index, employer, homeUnit, isManager)
            : InitialEmployments(index, person, employer, homeUnit, isManager);
        var preLeft = !isHire && employments.Any(e => e.IsMain && e.End is not null);

        int? moveDay = null;
        var moveTo = homeUnit;
        if (!isManager && shape.UnitsPerEmployer > 2)
        {
            moveDay = baseDay + timeline.Next(1, 2500);
            moveTo = (employerIndex * shape.UnitsPerEmployer) + 1 + timeline.Next(shape.UnitsPerEmployer - 1);
            if (moveTo == homeUnit)
            {
                moveTo = homeUnit + 1 < (employerIndex + 1) * shape.UnitsPerEmployer ? homeUnit + 1 : (employerIndex * shape.UnitsPerEmployer) + 1;
            }
        }
        int? leaveDay = isManager || preLeft ? null : baseDay + timeline.Next(1, 3650);
        return new SimEmployee
        {
            Index = index,
            Guid = GuidOf(index),
            Personeelsnummer = PersoneelsnummerOf(index),
            Bsn = BsnGenerator.For(world.Seed, index),
            Person = person,
            EmployerIndex = employerIndex,
            HomeUnit = homeUnit,
            Employments = employments,
            FirstDay = firstDay,
            IsManager = isManager,
            NoRisk = noRisk,
            MoveDay = moveDay,
            MoveToUnit = moveTo,
            LeaveDay = leaveDay,
            LeaveNoticeDays = timeline.Next(0, 31),
            AddressChangeDay = baseDay + timeline.Next(1, 1800),
            BankChangeDay = baseDay + timeline.Next(1, 3650),
            RosterChangeDay = baseDay + timeline.Next(1, 2000),
            RosterChangeHours = PickHours(timeline, employer.FullTimeHours),
        };
    }

    private List<SimEmployment> HiredEmployment(int index, SimEmployer employer, int homeUnit, bool isManager)
    {
        var random = SimRandom.For(world.Seed, SimStream.Employment, index);
        var start = world.DateOf(world.Shape.HireDay(index));
        var contract = new SimContract(1, start, start.AddDays(364), "Bepaalde tijd");
        return [Employment(random, 1, start, null, true, [contract], employer, homeUnit, isManager)];
    }

    private List<SimEmployment> InitialEmployments(int index, SimPerson person, SimEmployer employer, int homeUnit,
        bool isManager)
    {
        var random = SimRandom.For(world.Seed, SimStream.Employment, index);
        var start = world.StartDate;
        var earliest = person.Geboortedatum.AddYears(18);
        var maxTenure = Math.Max(31, Math.Min(start.DayNumber - earliest.DayNumber, 35 * 365));
        var mainStart = start.AddDays(-random.Next(30, maxTenure));
        var countRoll = random.NextDouble();
        var count = countRoll < 0.88 ? 1 : countRoll < 0.98 ? 2 : 3;
        var number = random.Chance(0.9) ? 1 : random.Next(2, 5);
        var contractNumber = 1;
        var list = new List<SimEmployment>(count);
        var hasPast = count == 3 || (count == 2 && random.Chance(0.6));
        if (hasPast)
        {
            var pastEnd = mainStart.AddDays(-random.Next(1, 200));
            var pastStart = pastEnd.AddDays(-random.Next(200, 3000));
            if (pastStart > earliest)
            {
                var pastContract = new SimContract(contractNumber++, pastStart, pastEnd, "Bepaalde tijd");
                list.Add(Employment(random, number++, pastStart, pastEnd, false, [pastContract], employer, homeUnit, isManager));
            }
        }
        DateOnly? mainEnd = null;
        if (!isManager && random.Chance(0.05))
        {
            var end = start.AddDays(-random.Next(1, 700));
            if (end > mainStart.AddDays(30))
            {
                mainEnd = end;
            }
        }
        var tenure = start.DayNumber - mainStart.DayNumber;
        List<SimContract> contracts;
        if (tenure > 400 && random.Chance(0.3))
        {
            contracts =
            [
                new SimContract(contractNumber++, mainStart, mainStart.AddDays(364), "Bepaalde tijd"),
                new SimContract(contractNumber++, mainStart.AddDays(365), mainEnd, "Onbepaalde tijd"),
            ];
        }
        else
        {
            contracts = tenure < 365
                ? [new SimContract(contractNumber++, mainStart, mainEnd ?? mainStart.AddDays(364), "Bepaalde tijd")]
                : [new SimContract(contractNumber++, mainStart, mainEnd, "Onbepaalde tijd")];
        }
        list.Add(Employment(random, number++, mainStart, mainEnd, true, contracts, employer, homeUnit, isManager));
        if (count - list.Count >= 1 && tenure > 2)
        {
            var secondStart = mainStart.AddDays(random.Next(1, tenure));
            var second = new SimContract(contractNumber, secondStart, mainEnd, random.Chance(0.5) ? "Onbepaalde tijd" : "Oproepcontract");
            list.Add(Employment(random, number, secondStart, mainEnd, false, [second], employer, homeUnit, false));
        }
        return list;
    }

    private SimEmployment Employment(SimRandom random, int number, DateOnly start, DateOnly? end, bool isMain,
        IReadOnlyList<SimContract> contracts, SimEmployer employer, int homeUnit, bool isManager)
    {
        var function = isManager
            ? (homeUnit % world.Shape.UnitsPerEmployer == 0 ? "Directeur" : "Leidinggevende")
            : random.Pick(DutchNames.Functions);
        var costCentre = ((homeUnit % 40) + 1).ToString("D2", CultureInfo.InvariantCulture);
        var costCentreDescription = random.Chance(0.2) ? "" : "Kostenplaats " + costCentre;
        var hours = isManager ? employer.FullTimeHours : PickHours(random, employer.FullTimeHours);
        var latest = end ?? world.StartDate;
        var rosterDate = Later(start, latest.AddDays(-random.Next(0, 1000)));
        var salaryDate = Later(start, latest.AddDays(-random.Next(0, 1000)));
        return new SimEmployment(number, start, end, isMain, contracts, function, costCentre, costCentreDescription,
            hours, random.Chance(0.6), random.Next(1, 10), rosterDate, salaryDate);
    }

    private static decimal PickHours(SimRandom random, decimal fullTime)
    {
        while (true)
        {
            var hours = random.Pick(WeeklyHours);
            if (hours <= fullTime)
            {
                return hours;
            }
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
