namespace Gateway.Admin.Security;

/// <summary>An authenticated admin user; <paramref name="KeyId"/> identifies the key without revealing it.</summary>
internal sealed record AdminUser(string Name, AdminRole Role, string KeyId);
