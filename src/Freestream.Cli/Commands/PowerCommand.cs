using System.Text;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream power</c>: linear total-matter P(k) of plain ΛCDM (Planck 2018) at a redshift, with σ_8, from
/// <see cref="LinearPowerCalculator.Cdm"/>.
/// </summary>
public sealed class PowerCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var redshift = new QuantityOption(CosmologyQuantities.Redshift, "of the spectrum");
        var preset = new PresetOption("Boltzmann solver");
        var cosmologyOptions = new CosmologyOptions();
        var command = new Command("power", "Linear matter P(k) [(Mpc/h)³] of ΛCDM for k in h/Mpc, and σ_8; --out DIR writes power.csv, power.png and power.svg");
        redshift.AddTo(command);
        preset.AddTo(command);
        cosmologyOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var settings = TransferCommand.Preset(preset, parse);
            double z = redshift.ValueOrDefault(parse);
            var cosmology = cosmologyOptions.Read(parse);
            var power = new LinearPowerCalculator(cosmology, settings)
                .Cdm(z, context.CountProgress("k modes", LinearPowerCalculator.BaseGrid(settings).Length));
            double sigma8 = power.Sigma();
            var written = context.OutDirectory is { } dir ? Write(dir, power) : [];
            var json = new JsonObject
            {
                ["redshift"] = z,
                ["sigma8"] = sigma8,
                ["kHMpc"] = new JsonArray(power.KHMpc.Select(v => (JsonNode?)v).ToArray()),
                ["powerMpcH3"] = new JsonArray(power.PowerHMpc3.Select(v => (JsonNode?)v).ToArray()),
                ["files"] = new JsonArray(written.Select(v => (JsonNode?)v).ToArray()),
            };
            context.Emit(json, () => string.Create(CultureInfo.InvariantCulture, $"ΛCDM ({(cosmology == CosmologyParameters.Planck2018 ? "Planck 2018" : "given cosmology")}), z = {z:G4}: sigma8 = {sigma8:F5}, {power.KHMpc.Length} k modes from {power.KHMpc[0]:G3} to {power.KHMpc[^1]:G3} h/Mpc")
                + string.Concat(written.Select(f => $"\nwrote {f}")));
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<string> Write(DirectoryInfo directory, MatterPower power)
    {
        using var output = new OutputDirectory(directory);
        var csv = new StringBuilder("k_hMpc,P_Mpc3_h3\n");
        for (int i = 0; i < power.KHMpc.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{power.KHMpc[i]:R},{power.PowerHMpc3[i]:R}\n");
        }

        File.WriteAllText(output.PathOf("power.csv"), csv.ToString());
        var plot = new LinePlot($"Linear ΛCDM P(k), z = {power.Redshift.ToString("G4", CultureInfo.InvariantCulture)}", "k [h/Mpc]", "P(k) [(Mpc/h)³]") { LogX = true, LogY = true }
            .AddSeries("P(k)", power.KHMpc, power.PowerHMpc3);
        plot.SavePng(output.PathOf("power.png"));
        plot.SaveSvg(output.PathOf("power.svg"));
        return output.Commit();
    }
}
