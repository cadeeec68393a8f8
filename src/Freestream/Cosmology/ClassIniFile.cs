using System.Globalization;
using System.Text;

namespace Freestream.Cosmology;

/// <summary>
/// A complete CLASS (v3.3.4) input file for the linear matter power spectrum of a cosmology whose dark matter
/// is (partly) the tabulated species of <see cref="ClassNcdmSettings"/>: the cosmology of
/// <see cref="CosmologyParameters"/>, ω_cdm = ω_dm − ω_ncdm, and the ncdm hierarchy evolved without CLASS's
/// fluid approximation (<c>ncdm_fluid_approximation = 3</c>), which shifts a warm cutoff by 6–9 % in k
/// (docs/physics/boltzmann.md §9).
/// </summary>
public static class ClassIniFile
{
    /// <summary>The text of the file.</summary>
    /// <param name="cosmology">Cosmological parameters.</param>
    /// <param name="ncdm">The ncdm species.</param>
    /// <param name="omegaNcdmH2">Ω h² of the species (Freestream's value; CLASS computes its own from m_ncdm and the table).</param>
    /// <param name="outputRoot">CLASS's <c>root</c> for output file names.</param>
    public static string Text(CosmologyParameters cosmology, ClassNcdmSettings ncdm, double omegaNcdmH2, string outputRoot = "output/freestream_")
    {
        ArgumentNullException.ThrowIfNull(cosmology);
        ArgumentNullException.ThrowIfNull(ncdm);
        double omegaCdmH2 = Math.Max(cosmology.OmegaDarkMatterH2 - omegaNcdmH2, 0);
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"# CLASS v3.3.4 input written by Freestream: linear P(k) with the tabulated ncdm species below.");
        Line($"# Freestream's Omega h^2 of the species: {omegaNcdmH2:R} (CLASS prints its own; they should agree to < 1 %).");
        Line($"h = {cosmology.H:R}");
        Line($"omega_b = {cosmology.OmegaBaryonH2:R}");
        Line($"omega_cdm = {omegaCdmH2:R}");
        Line($"n_s = {cosmology.SpectralIndex:R}");
        Line($"A_s = {cosmology.ScalarAmplitude:R}");
        Line($"k_pivot = {cosmology.PivotScaleInvMpc:R}");
        Line($"tau_reio = {cosmology.ReionizationOpticalDepth:R}");
        Line($"T_cmb = {cosmology.CmbTemperatureK:R}");
        Line($"N_ur = {cosmology.EffectiveNeutrinoNumber:R}");
        foreach (string line in ncdm.IniLines())
        {
            text.Append(line).Append('\n');
        }

        Line($"ncdm_fluid_approximation = 3");
        Line($"output = mPk");
        Line($"P_k_max_h/Mpc = 300");
        Line($"z_pk = 0");
        Line($"root = {outputRoot}");
        Line($"background_verbose = 1");
        return text.ToString();
    }
}
