using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Freestream.Cosmology;
using Tomlyn.Model;

namespace Freestream.Cli.Commands;

/// <summary>A run file read into typed settings; <see cref="Execute"/> runs every stage that exists.</summary>
public sealed class RunJob
{
    private RunJob(string source, TomlTable model, CosmologyParameters cosmology)
    {
        Source = source;
        Model = model;
        Cosmology = cosmology;
    }

    /// <summary>Where the run file came from.</summary>
    public string Source { get; }

    /// <summary>The [model] table of the run file.</summary>
    public TomlTable Model { get; }

    /// <summary>The cosmology of the run.</summary>
    public CosmologyParameters Cosmology { get; }

    /// <summary>Reads and validates a run file.</summary>
    public static RunJob From(TomlTable table, string source)
    {
        var model = table.TryGetValue("model", out var m) && m is TomlTable mt
            ? mt
            : throw new UsageException($"FILE: {source} has no [model] table");
        var cosmology = CosmologyParameters.Planck2018;
        if (table.TryGetValue("cosmology", out var c) && c is TomlTable ct)
        {
            cosmology = cosmology with
            {
                H = Number(ct, "h", cosmology.H, "cosmology"),
                OmegaBaryonH2 = Number(ct, "omega_b_h2", cosmology.OmegaBaryonH2, "cosmology"),
                SpectralIndex = Number(ct, "n_s", cosmology.SpectralIndex, "cosmology"),
                ScalarAmplitude = Number(ct, "a_s", cosmology.ScalarAmplitude, "cosmology"),
                EffectiveNeutrinoNumber = Number(ct, "n_eff", cosmology.EffectiveNeutrinoNumber, "cosmology"),
                CmbTemperatureK = Number(ct, "t_cmb_k", cosmology.CmbTemperatureK, "cosmology"),
            };
        }

        try
        {
            cosmology.Validated();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException($"[cosmology] {ex.Message.ReplaceLineEndings(" ")}");
        }

        return new RunJob(source, model, cosmology);
    }

    /// <summary>Reads a number from a TOML table, with a default when the key is absent.</summary>
    public static double Number(TomlTable table, string key, double fallback, string section)
    {
        if (!table.TryGetValue(key, out var value))
        {
            return fallback;
        }

        return value switch
        {
            double d => d,
            long l => l,
            _ => throw new UsageException($"[{section}] {key}: expected a number, got '{Convert.ToString(value, CultureInfo.InvariantCulture)}'"),
        };
    }

    /// <summary>Runs every stage available for this run file.</summary>
    public (JsonObject Json, string Human) Execute(CommandContext context)
    {
        var json = new JsonObject
        {
            ["source"] = Source,
            ["cosmology"] = new JsonObject
            {
                ["h"] = Cosmology.H,
                ["omegaBH2"] = Cosmology.OmegaBaryonH2,
                ["omegaDmH2"] = Cosmology.OmegaDarkMatterH2,
                ["nS"] = Cosmology.SpectralIndex,
                ["aS"] = Cosmology.ScalarAmplitude,
                ["nEff"] = Cosmology.EffectiveNeutrinoNumber,
                ["tCmbK"] = Cosmology.CmbTemperatureK,
            },
        };
        var human = new StringBuilder();
        human.AppendLine(CultureInfo.InvariantCulture, $"Run file: {Source}");
        return (json, human.ToString().TrimEnd());
    }
}
