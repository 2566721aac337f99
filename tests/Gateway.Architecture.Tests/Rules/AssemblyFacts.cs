using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Gateway.Architecture.Tests.Rules;

/// <summary>
/// What an assembly depends on, read from its metadata (never loaded): the assemblies it references and every type it
/// references from them, method bodies included (the compiler writes a type reference for each type used anywhere).
/// </summary>
public sealed record AssemblyFacts(string Name, ImmutableArray<string> References, ImmutableArray<TypeUse> TypeUses)
{
    public static AssemblyFacts Read(string path) => Read(File.ReadAllBytes(path));

    public static AssemblyFacts Read(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var name = reader.GetString(reader.GetAssemblyDefinition().Name);
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToImmutableArray();
        var uses = reader.TypeReferences.Select(h => reader.GetTypeReference(h))
            .Select(t => new TypeUse(reader.GetString(t.Namespace), reader.GetString(t.Name), Scope(reader, t.ResolutionScope)))
            .Where(u => u.Assembly is not null)
            .ToImmutableArray();
        return new AssemblyFacts(name, references, uses);
    }

    /// <summary>The assembly a type reference points into (nested types: their outermost type's assembly).</summary>
    private static string? Scope(MetadataReader reader, EntityHandle scope) => scope.Kind switch
    {
        HandleKind.AssemblyReference => reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
        HandleKind.TypeReference => Scope(reader, reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope),
        _ => null,
    };
}

/// <summary>A type one assembly uses from another.</summary>
public sealed record TypeUse(string Namespace, string Name, string? Assembly)
{
    public string FullName => Namespace.Length == 0 ? Name : Namespace + "." + Name;
}
