namespace Gateway.Core.Integrations;

/// <summary>AFAS operatortypes for GetConnector filters.</summary>
public enum AfasFilterOperator
{
    Equal = 1,
    GreaterOrEqual = 2,
    LessOrEqual = 3,
    Greater = 4,
    Less = 5,
    Contains = 6,
    NotEqual = 7,
    Empty = 8,
    NotEmpty = 9,
    StartsWith = 10,
    NotContains = 11,
    NotStartsWith = 12,
    EndsWith = 13,
    NotEndsWith = 14,
}
