using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;

namespace Sivi.Schemas.Validation;

/// <summary>Decides which schema validates a document, from its root element, its namespace and an optional requested release.</summary>
internal static class MessageTypeResolution
{
    /// <summary>The type to validate against, or null with <paramref name="problem"/> saying why there is none.</summary>
    public static SiviMessageType? Resolve(
        SchemaRegistry registry,
        string rootElement,
        string namespaceUri,
        string? requestedRelease,
        out (string Message, ValidationErrorKind Kind) problem)
    {
        problem = default;
        var found = registry.FindByRoot(rootElement, namespaceUri);
        if (requestedRelease is not null && !registry.HasRelease(requestedRelease))
        {
            problem = ($"release {requestedRelease} is not in the schema directory {registry.Directory} (it has: {string.Join(", ", registry.Releases)})",
                ValidationErrorKind.ReleaseMismatch);
            return null;
        }
        if (found is not null)
        {
            if (requestedRelease is null || string.Equals(found.Release, requestedRelease, StringComparison.Ordinal))
            {
                return found;
            }
            var expected = registry.Find(requestedRelease, found.Name);
            problem = ($"the document is release {found.Release} (namespace '{namespaceUri}') but release {requestedRelease} was requested"
                + (expected is null ? $", which has no {found.Name}" : $" (namespace '{expected.Namespace}')"),
                ValidationErrorKind.ReleaseMismatch);
            return null;
        }
        var sameRoot = registry.FindByRootElement(rootElement);
        if (requestedRelease is not null && sameRoot.FirstOrDefault(t => t.Release == requestedRelease) is { } wanted)
        {
            problem = ($"unknown namespace '{namespaceUri}' for {rootElement}: release {requestedRelease} was requested, whose namespace is '{wanted.Namespace}'",
                ValidationErrorKind.ReleaseMismatch);
            return null;
        }
        if (sameRoot.Count > 0 && SiviNamespace.TryParse(namespaceUri, out var sivi) && sivi.RootElement == rootElement)
        {
            problem = ($"release {sivi.Release} of {sameRoot[0].Name} is not installed in {registry.Directory} (installed releases: {string.Join(", ", sameRoot.Select(t => t.Release))})",
                ValidationErrorKind.UnknownMessage);
            return null;
        }
        var hint = sameRoot.Count > 0
            ? $"; {rootElement} is known in namespaces {string.Join(", ", sameRoot.Select(t => $"'{t.Namespace}'"))}"
            : string.Empty;
        problem = ($"unknown message: root element '{rootElement}' in namespace '{namespaceUri}' matches no schema in {registry.Directory}{hint}",
            ValidationErrorKind.UnknownMessage);
        return null;
    }
}
