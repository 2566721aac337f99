namespace Gateway.Transport.Delivery;

/// <summary>What to do when the final name already holds a file that is not this message's content.</summary>
public enum ExistingFilePolicy
{
    /// <summary>Leave it and fail with <see cref="DeliveryConflictException"/> (the default: never clobber a file).</summary>
    Refuse,

    /// <summary>Replace it: delete, then rename the new upload into place.</summary>
    Replace,
}
