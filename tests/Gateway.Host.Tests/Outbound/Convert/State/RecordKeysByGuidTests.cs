using Gateway.Outbound.Convert.State;

namespace Gateway.Outbound.Tests.Convert.State;

public sealed class RecordKeysByGuidTests
{
    private const string Employee = "0D6F1C0E-4A39-4F4B-9C1E-2B7A5E3D9F10";

    [Fact]
    public void Keys_come_back_for_their_guid_in_the_order_added_and_none_for_an_unknown_one()
    {
        var keys = new RecordKeysByGuid();
        keys.Add(Employee, "{0d6f1c0e-4a39-4f4b-9c1e-2b7a5e3d9f10}|1|1");
        keys.Add(Employee, "{0d6f1c0e-4a39-4f4b-9c1e-2b7a5e3d9f10}|2|1");
        keys.Add("11111111-2222-3333-4444-555555555555", "other");

        Assert.Equal(["{0d6f1c0e-4a39-4f4b-9c1e-2b7a5e3d9f10}|1|1", "{0d6f1c0e-4a39-4f4b-9c1e-2b7a5e3d9f10}|2|1"], keys.For(Employee));
        Assert.Empty(keys.For("99999999-2222-3333-4444-555555555555"));
        Assert.Equal(2, keys.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NOT-A-GUID")]
    [InlineData("0D6F1C0E4A394F4B9C1E2B7A5E3D9F10")]
    [InlineData("(0D6F1C0E-4A39-4F4B-9C1E-2B7A5E3D9F10)")]
    public void A_value_that_is_not_the_upper_case_guid_form_is_found_only_by_the_same_text(string value)
    {
        var keys = new RecordKeysByGuid();
        keys.Add(value, "key-of-" + value);

        Assert.Equal(["key-of-" + value], keys.For(value));
        Assert.Empty(keys.For(Employee));
    }

    [Fact]
    public void The_guid_form_and_another_text_of_the_same_guid_stay_apart()
    {
        var keys = new RecordKeysByGuid();
        keys.Add(Employee, "upper");
        keys.Add(Employee.ToLowerInvariant(), "lower");
        keys.Add(Employee.Replace("-", "", StringComparison.Ordinal), "digits");

        Assert.Equal(["upper"], keys.For(Employee));
        Assert.Equal(["lower"], keys.For(Employee.ToLowerInvariant()));
        Assert.Equal(["digits"], keys.For(Employee.Replace("-", "", StringComparison.Ordinal)));
        Assert.Equal(3, keys.Count);
    }
}
