using System.Text.Json.Nodes;

namespace Freestream.Tests.Cli;

/// <summary>
/// The documented JSON layouts (docs/schemas/, made by python/scripts/make_schemas.py) match what the commands
/// write: every key a command writes is documented, every key the schema calls required is written, and
/// <c>schemaVersion</c> leads each output. Cheap commands only; the others share the same mechanism.
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "Data", "psd", "fermi_dirac.dat");

    public static TheoryData<string, string[]> Commands => new()
    {
        { "thermo", ["thermo", "--temperature-gev", "1000,0.001"] },
        { "psd-info", ["psd", "info", Example, "--mass-kev", "1"] },
        { "xray", ["xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void OutputMatchesItsSchema(string schemaName, string[] arguments)
    {
        var (code, output, _) = CliBasicsTests.Run([.. arguments, "--json"]);
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("schemaVersion", json.First().Key);
        Assert.Equal("2.0", (string)json["schemaVersion"]!);

        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "schemas", schemaName + ".schema.json")))!.AsObject();
        Check(schema, json, "$");
    }

    private static void Check(JsonObject schema, JsonNode? value, string path)
    {
        if (value is JsonObject obj && schema["properties"] is JsonObject properties)
        {
            foreach (var (key, child) in obj)
            {
                Assert.True(properties.ContainsKey(key), $"{path}.{key} is written but not in the schema");
                Check(properties[key]!.AsObject(), child, $"{path}.{key}");
            }

            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                Assert.True(obj.ContainsKey((string)required!), $"{path}.{required} is required by the schema but not written");
            }
        }
        else if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            foreach (var item in array)
            {
                Check(items, item, path + "[]");
            }
        }
    }
}
