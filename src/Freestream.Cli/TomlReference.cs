using System.Text;
using Freestream.Cli.Commands;

namespace Freestream.Cli;

/// <summary>
/// docs/reference/toml.md: every table and key of scan files and run files with its meaning, unit, default, allowed
/// range and command-line option, generated from the declarations (<see cref="Quantity"/>, <see cref="ScanModel"/>,
/// <see cref="ScanSettingQuantities"/>) so that the page cannot drift from the code (a test regenerates and compares).
/// </summary>
public static class TomlReference
{
    /// <summary>Path of the page inside the repository.</summary>
    public const string RelativePath = "docs/reference/toml.md";

    /// <summary>The page as markdown.</summary>
    public static string Render()
    {
        var page = new StringBuilder();
        page.Append("""
            # TOML reference: scan files and run files

            Generated from the parameter declarations in the code (`Quantity` records); do not edit by hand.
            `tests/Freestream.Tests/Cli/TomlReferenceTests.cs` regenerates this page and fails when it differs;
            `FREESTREAM_WRITE_REFERENCE=1 dotnet test --filter TomlReference` rewrites it.

            A **scan file** (`freestream scan FILE.toml`) has the tables `[scan]`, `[cosmology]` and `[settings]`.
            A **run file** (`freestream run FILE.toml`) has `[output]`, `[benchmark]`, `[scan]`, `[cosmology]` and
            `[settings]`. Unknown tables and keys are refused (exit code 2, naming the table or key). Ranges are written
            as intervals: `(` and `)` exclude the end, `[` and `]` include it. A value outside its range is refused with
            the key and the range. Each key has one name everywhere: the TOML key is also the `points.csv` column and the
            command-line option is the key with `-` for `_` (exceptions listed in the option column).

            """);
        page.AppendLine();
        page.AppendLine("## [output] (run files)");
        page.AppendLine();
        page.AppendLine("| key | meaning | default |");
        page.AppendLine("|---|---|---|");
        page.AppendLine($"| `directory` | output folder (relative to the working directory; `--out DIR` overrides it); the benchmark goes to `benchmark/`, the plane to `plane/` | `\"{RunJob.DefaultOutputDirectory}\"` |");
        page.AppendLine();
        page.AppendLine("## [scan] and [benchmark]");
        page.AppendLine();
        page.AppendLine($"`model` selects the production model: {string.Join(" or ", ScanModel.All.Select(m => $"`\"{m.Name}\"`"))} (default `\"{ScanModel.ScalarDecay.Name}\"`). " +
            "`output` (scan files only) is the results folder, relative to the file, used when `--out` is not given. " +
            "Axes take `\"min:max:points\"` (log-spaced, both ends included) or an array of numbers; in `[benchmark]` " +
            "each axis takes one number (a 1 × 1 plane). Every other key is one number.");
        foreach (var model in ScanModel.All)
        {
            page.AppendLine();
            page.AppendLine($"### model = \"{model.Name}\" ({model.DisplayName})");
            page.AppendLine();
            QuantityHeader(page);
            QuantityRow(page, model.XAxis, "axis (horizontal)");
            QuantityRow(page, model.YAxis, "axis (vertical)");
            foreach (var parameter in model.Parameters)
            {
                QuantityRow(page, parameter, "fixed");
            }

            foreach (var parameter in model.OptionalParameters)
            {
                QuantityRow(page, parameter, "fixed, optional", "optional");
            }
        }

        page.AppendLine();
        page.AppendLine("## [cosmology]");
        page.AppendLine();
        page.AppendLine("Flat ΛCDM over Planck 2018 defaults; `omega_dm_h2` is also the abundance every scan point is solved for. " +
            "`transfer`, `power` and `judge` take the same quantities as options.");
        page.AppendLine();
        QuantityHeader(page);
        foreach (var quantity in CosmologyQuantities.Table)
        {
            QuantityRow(page, quantity, "number");
        }

        page.AppendLine();
        page.AppendLine("## [settings]");
        page.AppendLine();
        page.AppendLine("Verdict thresholds and solver presets of scans; settings of Shi–Fuller scans only are refused in scans of other models.");
        page.AppendLine();
        page.AppendLine("| key | meaning | unit | default | allowed |");
        page.AppendLine("|---|---|---|---|---|");
        foreach (var (key, description, fallback) in ScanSettingQuantities.Presets)
        {
            page.AppendLine($"| `{key}` | {description} | – | `\"{fallback}\"` | {string.Join(", ", ScanFile.PresetNames.Select(n => $"`\"{n}\"`"))} |");
        }

        foreach (var quantity in ScanSettingQuantities.Thresholds)
        {
            page.AppendLine($"| `{quantity.Key}` | {quantity.Description} | {Unit(quantity)} | {Default(quantity)} | {quantity.Range.Describe()} |");
        }

        page.AppendLine();
        page.AppendLine("## Every declared quantity and its names");
        page.AppendLine();
        page.AppendLine("The same quantity under its TOML key and `points.csv` column, its command-line option, its JSON key and its former");
        page.AppendLine("option names (accepted, hidden from `--help`, for one release).");
        page.AppendLine();
        page.AppendLine("| key | option | former options | JSON key | meaning | unit | allowed |");
        page.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var quantity in Declared)
        {
            string former = quantity.CliAliases.Count > 0 ? string.Join(", ", quantity.CliAliases.Select(a => $"`{a}`")) : "–";
            page.AppendLine($"| `{quantity.Key}` | `{quantity.CliOption}` | {former} | `{quantity.JsonKey}` | {quantity.Description} | {Unit(quantity)} | {quantity.Range.Describe()} |");
        }

        return page.ToString();
    }

    /// <summary>Every declared input quantity of the commands, grouped by stage.</summary>
    private static IEnumerable<Quantity> Declared =>
    [
        ThermalQuantities.TemperatureGeV,
        ProductionQuantities.ScalarMassGeV,
        ProductionQuantities.Lambda,
        ProductionQuantities.Yukawa,
        ProductionQuantities.SterileMassKeV,
        ProductionQuantities.Sin2TwoTheta,
        ProductionQuantities.ElectroweakTemperatureGeV,
        ProductionQuantities.ConstantDof,
        ProductionQuantities.LeptonAsymmetryL6,
        .. CosmologyQuantities.Table,
        CosmologyQuantities.OmegaNcdmH2,
        CosmologyQuantities.Redshift,
        StructureQuantities.ThermalMassKeV,
        StructureQuantities.FieldOfViewRadiusDeg,
        StructureQuantities.FieldOffsetDeg,
        StructureQuantities.HaloScaleRadiusKpc,
        StructureQuantities.HaloScaleDensityGeVPerCm3,
        StructureQuantities.HaloDistanceKpc,
        StructureQuantities.HaloTruncationRadiusKpc,
        StructureQuantities.HostMassMsunH,
        StructureQuantities.SubhaloMinimumMassMsunH,
        StructureQuantities.SubhaloFilterMassConstant,
        StructureQuantities.SubhaloNormalisation,
        StructureQuantities.HighRedshiftMinimumMassMsunH,
        StructureQuantities.HighRedshiftFilterMassConstant,
    ];

    private static void QuantityHeader(StringBuilder page)
    {
        page.AppendLine("| key | kind | meaning | unit | default | allowed | option |");
        page.AppendLine("|---|---|---|---|---|---|---|");
    }

    private static void QuantityRow(StringBuilder page, Quantity quantity, string kind, string? absent = null) =>
        page.AppendLine($"| `{quantity.Key}` | {kind} | {quantity.Description} | {Unit(quantity)} | {absent ?? Default(quantity)} | {quantity.Range.Describe()} | `{quantity.CliOption}` |");

    private static string Unit(Quantity quantity) => quantity.Unit.Length > 0 ? quantity.Unit : "–";

    private static string Default(Quantity quantity) => quantity.Default is double d ? QuantityRange.Format(d) : "required";
}
