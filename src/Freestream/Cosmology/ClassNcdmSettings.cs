using System.Globalization;
using Freestream.Distributions;
using Freestream.Thermal;

namespace Freestream.Cosmology;

/// <summary>
/// The ncdm block that makes CLASS (v3.3.4) read a Freestream psd table as the species it describes.
/// CLASS's energy density of a tabulated species is ρ = deg_ncdm · 4π T⁴ ∫ q² ε f₀(q) dq with
/// T = T_ncdm T_CMB, ours ρ = g T_ν0⁴/(2π²) ∫ q² ε f(q) dq; with f₀ = f (the file as written) and
/// T_ncdm = (4/11)^{1/3} this needs deg_ncdm = g/(2π)³ (0.0080634 for g = 2), not g/2 (docs/physics/boltzmann.md §3).
/// </summary>
/// <param name="PsdFileName">The table's file name as CLASS should open it (relative to where CLASS runs).</param>
/// <param name="MassKeV">Particle mass in keV.</param>
/// <param name="Degeneracy">Internal states g of the table.</param>
public sealed record ClassNcdmSettings(string PsdFileName, double MassKeV, double Degeneracy)
{
    /// <summary>Energy density of one massless neutrino species (ν + ν̄, Fermi–Dirac) in the same units as g∫q³f dq: 2 · 7π⁴/120.</summary>
    private const double OneNeutrinoSpeciesQ3Integral = 7 * Math.PI * Math.PI * Math.PI * Math.PI / 60;

    /// <summary>CLASS's <c>T_ncdm</c>: T_ν0/T_CMB = (4/11)^{1/3}, the unit of q in Freestream tables.</summary>
    public static double TemperatureRatio => PhysicalConstants.NeutrinoToPhotonTemperatureRatio;

    /// <summary>CLASS's <c>deg_ncdm</c> for a file holding f per state: g/(2π)³.</summary>
    public double DegNcdm => Degeneracy / Math.Pow(2 * Math.PI, 3);

    /// <summary>CLASS's <c>m_ncdm</c> in eV.</summary>
    public double MassEV => MassKeV * 1e3;

    /// <summary>The settings for <paramref name="distribution"/> written to <paramref name="psdFileName"/>.</summary>
    public static ClassNcdmSettings For(MomentumDistribution distribution, double massKeV, string psdFileName)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return new ClassNcdmSettings(psdFileName, massKeV, distribution.Degeneracy);
    }

    /// <summary>
    /// ΔN_eff of the species while it is relativistic, g ∫q³f dq / (2 · 7π⁴/120) with q in units of T_ν0: the
    /// number CLASS prints as "In the relativistic limit it gives Delta N_eff".
    /// </summary>
    public static double RelativisticDeltaNeff(MomentumDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return distribution.Degeneracy * distribution.Moment(3) / OneNeutrinoSpeciesQ3Integral;
    }

    /// <summary>The ncdm lines of a CLASS .ini file (one "key = value" each).</summary>
    public IReadOnlyList<string> IniLines() =>
    [
        "N_ncdm = 1",
        "use_ncdm_psd_files = 1",
        $"ncdm_psd_filenames = {PsdFileName}",
        Invariant($"m_ncdm = {MassEV:R}"),
        Invariant($"T_ncdm = {TemperatureRatio:R}"),
        Invariant($"deg_ncdm = {DegNcdm:R}"),
    ];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
