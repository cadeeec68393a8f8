using System.Text;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream thermo --temperature-gev LIST</c>: g*(T), g*s(T), d ln g*s/d ln T, the Hubble rate and
/// the time since T → ∞ of the Standard-Model plasma (<see cref="StandardModelDegreesOfFreedom"/>,
/// <see cref="RadiationEra"/>) at each temperature.
/// </summary>
public sealed class ThermoCommand : ICliCommand
{
    private static readonly string TemperatureOption = ThermalQuantities.TemperatureGeV.CliOption;

    /// <inheritdoc />
    public Command Build()
    {
        var temperatures = new Option<string>(TemperatureOption)
        {
            Description = $"Comma-separated photon temperatures in GeV, each {ThermalQuantities.TemperatureGeV.Range.Describe("GeV")} (where g* is tabulated)",
            DefaultValueFactory = _ => "1000,0.003,1e-6",
        };
        var command = new Command("thermo", "Standard-Model g*(T), g*s(T), d ln g*s/d ln T, Hubble rate H(T) and time t(T) in the radiation era; --out DIR writes thermo.csv")
        {
            temperatures,
        };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var values = OptionChecks.ParseList(parse.GetValue(temperatures) ?? string.Empty, TemperatureOption);
            foreach (double t in values)
            {
                ThermalQuantities.TemperatureGeV.Check(t, TemperatureOption);
            }

            var (json, human, csv) = Tabulate(values);
            var files = context.OutDirectory is { } directory ? Write(directory, csv) : [];
            json["files"] = new JsonArray([.. files.Select(f => JsonValue.Create(f))]);
            context.Emit(json, () => human + string.Concat(files.Select(f => $"{Environment.NewLine}wrote {f}")));
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<string> Write(DirectoryInfo directory, string csv)
    {
        using var output = new OutputDirectory(directory);
        File.WriteAllText(output.PathOf("thermo.csv"), csv);
        return output.Commit();
    }

    private static (JsonObject Json, string Human, string Csv) Tabulate(IReadOnlyList<double> temperaturesGeV)
    {
        var csv = new StringBuilder("temperature_gev,g_star,g_star_s,dln_g_star_s_dln_t,hubble_gev,hubble_per_s,time_s\n");
        var dof = StandardModelDegreesOfFreedom.Instance;
        var points = new JsonArray();
        var human = new StringBuilder();
        human.AppendLine("Standard-Model plasma (ideal gases + HotQCD lattice QCD; N_eff = 3 instantaneous decoupling)");
        human.AppendLine(CultureInfo.InvariantCulture, $"{"T [GeV]",12} {"g*",9} {"g*s",9} {"dln g*s/dln T",14} {"H [GeV]",13} {"H [1/s]",13} {"t [s]",13}");
        foreach (double t in temperaturesGeV)
        {
            double g = dof.EnergyDof(t);
            double gs = dof.EntropyDof(t);
            double slope = dof.LogEntropyDofDerivative(t);
            double hubble = RadiationEra.HubbleRateGeV(t, dof);
            double hubblePerSecond = RadiationEra.HubbleRatePerSecond(t, dof);
            double time = RadiationEra.TimeSeconds(t, dof);
            points.Add(new JsonObject
            {
                ["temperatureGeV"] = t,
                ["gStar"] = g,
                ["gStarS"] = gs,
                ["dlnGStarSdlnT"] = slope,
                ["hubbleGeV"] = hubble,
                ["hubblePerSecond"] = hubblePerSecond,
                ["timeSeconds"] = time,
            });
            csv.Append(CultureInfo.InvariantCulture, $"{t:R},{g:R},{gs:R},{slope:R},{hubble:R},{hubblePerSecond:R},{time:R}\n");
            human.AppendLine(CultureInfo.InvariantCulture, $"{t,12:G6} {g,9:F4} {gs,9:F4} {slope,14:F5} {hubble,13:G6} {hubblePerSecond,13:G6} {time,13:G6}");
        }

        var json = new JsonObject
        {
            ["degreesOfFreedom"] = "StandardModel",
            ["timeOrigin"] = "t = 0 at infinite temperature",
            ["points"] = points,
        };
        return (json, human.ToString().TrimEnd(), csv.ToString());
    }
}
