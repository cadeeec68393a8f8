using System.Globalization;
using Freestream.Distributions;
using global::Freestream.Cosmology;

namespace Freestream.Tests.Cosmology;

/// <summary>Readers for the CLASS v3.3.4 reference tables in Data/class (see PROVENANCE.md there).</summary>
internal static class ClassTables
{
    /// <summary>T_ncdm/T_CMB of the deg_ncdm = 1 thermal relics with ω = 0.12 (Data/class/README, PROVENANCE.md).</summary>
    public static readonly IReadOnlyDictionary<string, double> ThermalTncdmOverTcmb = new Dictionary<string, double>
    {
        ["1"] = 0.16011208,
        ["2"] = 0.12708104,
        ["3.3"] = 0.10754398,
        ["5.3"] = 0.09183301,
    };

    /// <summary>Reference (full-hierarchy) k_1/2 (T² = ½) at z = 0 in h/Mpc, khalf_summary.dat / README table.</summary>
    public static readonly IReadOnlyDictionary<string, double> HalfModeReference = new Dictionary<string, double>
    {
        ["1"] = 6.934,
        ["2"] = 15.398,
        ["3.3"] = 27.555,
        ["5.3"] = 48.113,
    };

    public static double[][] Read(string file) => File.ReadAllLines(Path.Combine("Data", "class", file))
        .Where(l => !l.StartsWith('#') && l.Trim().Length > 0)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
        .ToArray();

    /// <summary>
    /// The CLASS thermal relic on the project's momentum scale: f = 1/(e^{q/t}+1) with t = (T_ncdm/T_CMB)/(4/11)^{1/3}
    /// (q = p/T_ν0), ω = 0.12.
    /// </summary>
    public static NcdmSpecies ThermalRelic(string massKeV, BoltzmannSettings settings)
    {
        double t = ThermalTncdmOverTcmb[massKeV] / Math.Cbrt(4.0 / 11.0);
        return new NcdmSpecies(MomentumDistribution.FermiDirac(t), double.Parse(massKeV, CultureInfo.InvariantCulture), 0.12, CosmologyParameters.Planck2018.CmbTemperatureK, settings);
    }
}
