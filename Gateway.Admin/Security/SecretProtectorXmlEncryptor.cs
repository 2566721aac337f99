using System.Xml.Linq;
using Gateway.Core.Secrets;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Security;

/// <summary>
/// Encrypts the cookie keys the admin UI persists (Data Protection's key ring in <c>Gateway:Admin:KeysFolder</c>) with
/// the gateway's <see cref="SecretProtector"/>, so a copy of that folder alone opens no session.
/// </summary>
internal sealed class SecretProtectorXmlEncryptor(SecretProtector protector) : IXmlEncryptor
{
    public const string ElementName = "protectedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement(ElementName, protector.Protect(plaintextElement.ToString(SaveOptions.DisableFormatting))), typeof(SecretProtectorXmlDecryptor));
}

/// <summary>Reads what <see cref="SecretProtectorXmlEncryptor"/> wrote; Data Protection creates it with the service provider.</summary>
internal sealed class SecretProtectorXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<SecretProtector>().Unprotect(encryptedElement.Value));
}
