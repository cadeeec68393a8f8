using Freestream.Distributions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Freestream.Tests;

/// <summary>
/// The library's layers (docs/architecture.md): every type may use types of its own layer and of the layers
/// below it, never of a layer above, so data flows one way and there are no cycles between folders. The rule is
/// read from the compiled IL (signatures, fields, attributes and method bodies), so it cannot rot with the code.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>The layers, lowest first: the order in which the data of a run is computed.</summary>
    private static readonly string[] Layers =
    [
        "Freestream.Numerics",
        "Freestream.Thermal",
        "Freestream.Distributions",
        "Freestream.Production",
        "Freestream.Cosmology",
        "Freestream.Structure",
        "Freestream.Scans",
        "Freestream.Reports",
    ];

    /// <summary>Generic figure helpers: know no physics, may use only Numerics; only Reports uses them.</summary>
    private const string Plotting = "Freestream.Plotting";

    private static readonly Lazy<IReadOnlyList<(string From, string To, string Example)>> References =
        new(ReadNamespaceReferences);

    [Fact]
    public void EveryNamespaceOfTheLibraryIsALayer()
    {
        var unknown = References.Value.SelectMany(r => new[] { r.From, r.To })
            .Distinct()
            .Where(ns => Array.IndexOf(Layers, ns) < 0 && ns != Plotting)
            .ToList();
        Assert.True(unknown.Count == 0, "namespaces outside the layer list: " + string.Join(", ", unknown));
    }

    [Fact]
    public void NoLayerReferencesALayerAboveIt()
    {
        var upward = References.Value
            .Where(r => r.From != Plotting && r.To != Plotting)
            .Where(r => Array.IndexOf(Layers, r.To) > Array.IndexOf(Layers, r.From))
            .Select(r => $"{r.From} -> {r.To} ({r.Example})")
            .ToList();
        Assert.True(upward.Count == 0, "upward references:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void PlottingDependsOnNothingButNumericsAndIsUsedOnlyByReports()
    {
        var outgoing = References.Value
            .Where(r => r.From == Plotting && r.To != "Freestream.Numerics")
            .Select(r => $"{r.From} -> {r.To} ({r.Example})");
        var incoming = References.Value
            .Where(r => r.To == Plotting && r.From != "Freestream.Reports")
            .Select(r => $"{r.From} -> {r.To} ({r.Example})");
        var wrong = outgoing.Concat(incoming).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void TheRuleSeesReferencesInsideMethodBodies()
    {
        // Guard against a reader that only looks at signatures: Reports builds figures from scan results in
        // method bodies, so Reports -> Scans and Reports -> Plotting must both be seen.
        Assert.Contains(References.Value, r => r.From == "Freestream.Reports" && r.To == Plotting);
        Assert.Contains(References.Value, r => r.From == "Freestream.Reports" && r.To == "Freestream.Scans");
        Assert.Contains(References.Value, r => r.From == "Freestream.Cosmology" && r.To == "Freestream.Distributions");
    }

    private static IReadOnlyList<(string From, string To, string Example)> ReadNamespaceReferences()
    {
        var path = typeof(MomentumDistribution).Assembly.Location;
        using var module = ModuleDefinition.ReadModule(path);
        var found = new Dictionary<(string, string), string>();
        foreach (var type in module.GetTypes())
        {
            var from = LayerOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var referenced in ReferencedTypes(type))
            {
                foreach (var to in LayersOfReference(referenced, module))
                {
                    if (to != from)
                    {
                        found.TryAdd((from, to), $"{type.FullName} uses {referenced.FullName}");
                    }
                }
            }
        }

        return found.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value)).ToList();
    }

    private static IEnumerable<TypeReference> ReferencedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var i in type.Interfaces)
        {
            yield return i.InterfaceType;
        }

        foreach (var a in type.CustomAttributes)
        {
            yield return a.AttributeType;
        }

        foreach (var f in type.Fields)
        {
            yield return f.FieldType;
        }

        foreach (var p in type.Properties)
        {
            yield return p.PropertyType;
        }

        foreach (var m in type.Methods)
        {
            yield return m.ReturnType;
            foreach (var p in m.Parameters)
            {
                yield return p.ParameterType;
            }

            if (!m.HasBody)
            {
                continue;
            }

            foreach (var v in m.Body.Variables)
            {
                yield return v.VariableType;
            }

            foreach (var instruction in m.Body.Instructions)
            {
                foreach (var t in OperandTypes(instruction))
                {
                    yield return t;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> OperandTypes(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference t:
                yield return t;
                break;
            case MethodReference m:
                yield return m.DeclaringType;
                yield return m.ReturnType;
                foreach (var p in m.Parameters)
                {
                    yield return p.ParameterType;
                }

                if (m is GenericInstanceMethod g)
                {
                    foreach (var a in g.GenericArguments)
                    {
                        yield return a;
                    }
                }

                break;
            case FieldReference f:
                yield return f.DeclaringType;
                yield return f.FieldType;
                break;
        }
    }

    /// <summary>The type itself and, unwrapped, every type it is built from (generic arguments, array elements).</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference reference)
    {
        switch (reference)
        {
            case GenericInstanceType g:
                foreach (var t in Unwrap(g.ElementType).Concat(g.GenericArguments.SelectMany(Unwrap)))
                {
                    yield return t;
                }

                break;
            case TypeSpecification s:
                foreach (var t in Unwrap(s.ElementType))
                {
                    yield return t;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return reference;
                break;
        }
    }

    /// <summary>The layers a reference reaches inside this module (none for framework and package types).</summary>
    private static IEnumerable<string> LayersOfReference(TypeReference reference, ModuleDefinition module)
    {
        foreach (var t in Unwrap(reference))
        {
            if (t.Scope is ModuleDefinition scope && scope == module && t.Resolve() is { } definition
                && LayerOf(definition) is { } layer)
            {
                yield return layer;
            }
        }
    }

    private static string? LayerOf(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace.StartsWith("Freestream", StringComparison.Ordinal) ? type.Namespace : null;
    }
}
