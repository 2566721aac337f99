namespace Gateway.Transport.Delivery;

/// <summary>How a delivery ended.</summary>
public enum DeliveryOutcome
{
    /// <summary>Uploaded and renamed to its final name.</summary>
    Delivered,

    /// <summary>The final name already held this content (an earlier attempt got through); nothing was written.</summary>
    AlreadyDelivered,
}
