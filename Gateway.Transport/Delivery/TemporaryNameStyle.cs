namespace Gateway.Transport.Delivery;

/// <summary>The name a file is uploaded under before the rename that publishes it.</summary>
public enum TemporaryNameStyle
{
    /// <summary><c>.VZ_….xml.part</c>: hidden and outside any <c>VZ*.xml</c> filter (the default).</summary>
    DotPrefixPartSuffix,

    /// <summary><c>VZ_….xml.tmp</c>: for servers or receivers that mishandle dot files.</summary>
    TmpSuffix,
}
