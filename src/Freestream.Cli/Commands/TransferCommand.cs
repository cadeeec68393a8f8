using System.Diagnostics;
using System.Text;

namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream transfer</c>: T²(k) = P_model/P_CDM at a redshift for a non-cold dark-matter species given by a
/// momentum-distribution file and a sterile-neutrino mass, or a thermal relic of given mass, with the linear
/// Einstein–Boltzmann solver of <see cref="LinearPowerCalculator"/> (Planck 2018 cosmology).
/// </summary>
public sealed class TransferCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build()
    {
        var psd = new Option<FileInfo?>("--psd") { Description = "Momentum distribution f(q) table 'q f', q = p/T_ν0 today (dimensionless); needs --sterile-mass-kev" };
        var sterileMass = new QuantityOption(ProductionQuantities.SterileMassKeV, "mass of the species of --psd");
        var thermalMass = new QuantityOption(StructureQuantities.ThermalMassKeV, "Fermi–Dirac, g = 2, temperature giving the Ω h² of --omega-ncdm-h2");
        var omega = new QuantityOption(CosmologyQuantities.OmegaNcdmH2, "at most --omega-dm-h2; the rest is cold");
        var redshift = new QuantityOption(CosmologyQuantities.Redshift, "of the spectra");
        var preset = new PresetOption("Boltzmann solver (see docs/performance.md)");
        var cosmologyOptions = new CosmologyOptions(withAliases: false);
        var tableOptions = new PsdTableOptions();
        var command = new Command("transfer", "Linear T²(k) = P_model/P_CDM (k in h/Mpc) of a non-cold dark-matter species; --out DIR writes transfer.csv, transfer.png and transfer.svg")
        {
            psd,
        };
        foreach (var option in new[] { sterileMass, thermalMass, omega, redshift })
        {
            option.AddTo(command);
        }

        preset.AddTo(command);
        cosmologyOptions.AddTo(command);
        tableOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var settings = Preset(preset, parse);
            double z = redshift.ValueOrDefault(parse);
            var parameters = cosmologyOptions.Read(parse);
            double omegaH2 = omega.Value(parse) is double o
                ? (o <= parameters.OmegaDarkMatterH2 ? o : throw UsageException.OutOfRange(omega.NameGiven(parse), $"<= --omega-dm-h2 = {OptionChecks.Format(parameters.OmegaDarkMatterH2)}", OptionChecks.Format(o)))
                : parameters.OmegaDarkMatterH2;
            var (species, label) = Species(parse, tableOptions, parse.GetValue(psd), sterileMass.Value(parse), thermalMass.Value(parse), omegaH2, parameters, settings);
            var watch = Stopwatch.StartNew();
            var calculator = new LinearPowerCalculator(parameters, settings);
            calculator.Cdm(z, context.CountProgress("CDM k modes", LinearPowerCalculator.BaseGrid(settings).Length));
            var transfer = calculator.Transfer(species, z, context.CountProgress("model k modes", LinearPowerCalculator.ModelCandidates(settings).Length));
            double seconds = watch.Elapsed.TotalSeconds;
            double sigma8 = new MatterPower(transfer.KHMpc, transfer.PowerModel, z).Sigma();
            double sigma8Cdm = new MatterPower(transfer.KHMpc, transfer.PowerCdm, z).Sigma();
            double kHalf = TransferAnalysis.HalfModeScale(transfer);
            double kHalfAmplitude = TransferAnalysis.HalfModeAmplitudeScale(transfer);
            var written = context.OutDirectory is { } dir ? Write(dir, transfer, label) : [];
            var json = new JsonObject
            {
                ["species"] = label,
                [MassQuantity(thermalMass.Value(parse)).JsonKey] = species.MassKeV,
                [CosmologyQuantities.OmegaNcdmH2.JsonKey] = species.OmegaH2,
                [CosmologyQuantities.Redshift.JsonKey] = z,
                ["preset"] = preset.Read(parse),
                ["momentumNodes"] = species.PerturbationQuadrature.Count,
                ["halfModeK"] = Finite(kHalf),
                ["halfModeKAmplitude"] = Finite(kHalfAmplitude),
                ["sigma8"] = sigma8,
                ["sigma8Cdm"] = sigma8Cdm,
                ["seconds"] = seconds,
                ["kHMpc"] = new JsonArray(transfer.KHMpc.Select(v => (JsonNode?)v).ToArray()),
                ["transferSquared"] = new JsonArray(transfer.TransferSquared.Select(v => (JsonNode?)v).ToArray()),
                ["files"] = new JsonArray(written.Select(v => (JsonNode?)v).ToArray()),
            };
            context.Emit(json, () => Human(label, z, kHalf, kHalfAmplitude, sigma8, sigma8Cdm, transfer.KHMpc.Length, seconds, written));
            return 0;
        });
        return command;
    }

    /// <summary>The mass quantity of the species: the thermal-relic mass when one was given, else the sterile mass of --psd.</summary>
    private static Quantity MassQuantity(double? thermalMassKeV) =>
        thermalMassKeV is null ? ProductionQuantities.SterileMassKeV : StructureQuantities.ThermalMassKeV;

    private static JsonNode? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The Boltzmann settings of the named preset.</summary>
    internal static BoltzmannSettings Preset(PresetOption preset, ParseResult parse) =>
        preset.Select(parse, BoltzmannSettings.Fast, BoltzmannSettings.Default, BoltzmannSettings.Precise);

    private static (NcdmSpecies Species, string Label) Species(ParseResult parse, PsdTableOptions tableOptions, FileInfo? psd, double? sterileMass, double? thermalMass, double omegaH2, CosmologyParameters parameters, BoltzmannSettings settings)
    {
        if (thermalMass is double mt)
        {
            if (psd is not null || sterileMass is not null)
            {
                throw new UsageException("--thermal-mass-kev: give either --thermal-mass-kev or --psd with --sterile-mass-kev, not both");
            }

            return (NcdmSpecies.ThermalRelic(mt, omegaH2, parameters.CmbTemperatureK, settings), $"thermal relic {mt.ToString("G4", CultureInfo.InvariantCulture)} keV");
        }

        if (psd is null)
        {
            throw new UsageException("--psd: give --psd FILE with --sterile-mass-kev M, or --thermal-mass-kev M");
        }

        if (sterileMass is not double ms)
        {
            throw new UsageException($"--sterile-mass-kev: required with --psd ({ProductionQuantities.SterileMassKeV.Range.Describe("keV")})");
        }

        if (!psd.Exists)
        {
            throw new UsageException($"--psd: file '{psd.FullName}' does not exist");
        }

        try
        {
            var distribution = tableOptions.Read(parse, psd, degeneracy: 2);
            return (NcdmSpecies.FromDistribution(distribution, ms, omegaH2, parameters.CmbTemperatureK, settings), $"{psd.Name}, {ms.ToString("G4", CultureInfo.InvariantCulture)} keV");
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or ArgumentException)
        {
            throw new UsageException($"--psd: {psd.Name} is not a usable (normalisable) distribution: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static IReadOnlyList<string> Write(DirectoryInfo directory, TransferFunction transfer, string label)
    {
        using var output = new OutputDirectory(directory);
        var csv = new StringBuilder("k_hMpc,T2,P_model,P_cdm\n");
        var t2 = transfer.TransferSquared;
        for (int i = 0; i < t2.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{transfer.KHMpc[i]:R},{t2[i]:R},{transfer.PowerModel[i]:R},{transfer.PowerCdm[i]:R}\n");
        }

        File.WriteAllText(output.PathOf("transfer.csv"), csv.ToString());
        var plot = new LinePlot($"T²(k), {label}, z = {transfer.Redshift.ToString("G4", CultureInfo.InvariantCulture)}", "k [h/Mpc]", "T²(k) = P/P_CDM") { LogX = true, LogY = true }
            .AddSeries("T²", transfer.KHMpc, t2.Select(v => Math.Max(v, 1e-8)).ToArray())
            .AddHorizontalLine(0.5, "T² = 1/2");
        plot.SavePng(output.PathOf("transfer.png"));
        plot.SaveSvg(output.PathOf("transfer.svg"));
        return output.Commit();
    }

    private static string Human(string label, double z, double kHalf, double kHalfAmplitude, double sigma8, double sigma8Cdm, int points, double seconds, IReadOnlyList<string> written)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"species: {label}, z = {z:G4}");
        text.AppendLine(CultureInfo.InvariantCulture, $"k_1/2 (T² = 1/2): {kHalf:G5} h/Mpc");
        text.AppendLine(CultureInfo.InvariantCulture, $"k (T = 1/2):      {kHalfAmplitude:G5} h/Mpc");
        text.AppendLine(CultureInfo.InvariantCulture, $"sigma8: {sigma8:F5} (CDM {sigma8Cdm:F5})");
        text.Append(CultureInfo.InvariantCulture, $"{points} k modes in {seconds:F2} s");
        foreach (var file in written)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nwrote {file}");
        }

        return text.ToString();
    }
}
