using System.Xml.Linq;

namespace Sivi.Conformance.Tests.RoundTrip;

/// <summary>The round-trip comparison must notice every kind of loss, or the round-trip test proves nothing.</summary>
public sealed class XmlValueComparerTests
{
    private static readonly XElement Original = XElement.Parse("<R><A>1.5</A><B><C>x</C><C>y</C></B></R>");

    [Theory]
    [InlineData("<R><A>1.5</A><B><C>x</C></B></R>", "/R/B[1]: element C was lost")]
    [InlineData("<R><A>1.5</A><B><C>x</C><C>z</C></B></R>", "/R/B[1]/C[1]: expected value 'y', got 'z'")]
    [InlineData("<R><B><C>x</C><C>y</C></B><A>1.5</A></R>", "/R/A[0]: expected element A, got B")]
    [InlineData("<R><A>1.5</A><B><C>x</C><C>y</C><C>w</C></B></R>", "/R/B[1]: unexpected extra element C")]
    public void Reports_the_first_difference(string rewritten, string expected) =>
        Assert.Equal(expected, XmlValueComparer.FirstDifference(Original, XElement.Parse(rewritten)));

    [Fact]
    public void Numbers_compare_by_value() =>
        Assert.Null(XmlValueComparer.FirstDifference(Original, XElement.Parse("<R><A>1.50</A><B><C>x</C><C>y</C></B></R>")));
}
