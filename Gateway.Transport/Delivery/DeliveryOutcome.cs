namespace Gateway.Transport.Delivery;

/// <summary>How a delivery ended.</summary>
public enum DeliveryOutcome
{
    /// <summary>Uploaded and renamed to its final name.</summary>
    Delivered,

    /// <summary>The final name already held this content (an earlier attempt got through); nothing was written.</summary>
    AlreadyDelivered,

    /// <summary>A different file under the final name was replaced (policy <see cref="ExistingFilePolicy.Replace"/>).</summary>
    Replaced,
}
