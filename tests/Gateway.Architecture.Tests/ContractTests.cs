using System.Reflection;

namespace Gateway.Architecture.Tests;

/// <summary>Bus contracts carry primitives only, so a consumer needs no domain type to read them.</summary>
public sealed class ContractTests
{
    private static readonly HashSet<Type> Primitives =
        [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset)];

    private static readonly Assembly Contracts = typeof(Gateway.Contracts.SiviMessageValidated).Assembly;

    [Fact]
    public void Every_contract_property_is_a_primitive_or_a_list_of_contracts()
    {
        var types = Contracts.GetExportedTypes();

        Assert.NotEmpty(types);
        Assert.All(types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract")),
            p => Assert.True(IsAllowed(p.PropertyType), $"{p.DeclaringType!.Name}.{p.Name} is {p.PropertyType}"));
    }

    private static bool IsAllowed(Type type) =>
        Primitives.Contains(Nullable.GetUnderlyingType(type) ?? type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && type.GetGenericArguments()[0].Assembly == Contracts);
}
