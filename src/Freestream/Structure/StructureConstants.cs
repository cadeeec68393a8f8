using Freestream.Cosmology;

namespace Freestream.Structure;

/// <summary>Astronomical constants and derived densities used by the halo-counting criteria.</summary>
public static class StructureConstants
{
    /// <summary>
    /// Critical density today divided by h²: ρ_c/h² = 2.77536627e11 M_sun Mpc⁻³ (PDG 2024, table
    /// "Astrophysical constants and parameters"); with masses in M_sun/h and lengths in Mpc/h this is
    /// ρ_c in (M_sun/h)/(Mpc/h)³.
    /// </summary>
    public const double CriticalDensityMsunPerMpc3OverH2 = 2.77536627e11;

    /// <summary>Ω_m = (ω_b + ω_dm)/h² (no massive active neutrinos in <see cref="CosmologyParameters"/>).</summary>
    public static double OmegaMatter(CosmologyParameters cosmology) =>
        (cosmology.OmegaBaryonH2 + cosmology.OmegaDarkMatterH2) / (cosmology.H * cosmology.H);

    /// <summary>Mean matter density ρ̄_m = Ω_m ρ_c in (M_sun/h)/(Mpc/h)³.</summary>
    public static double MeanMatterDensity(CosmologyParameters cosmology) =>
        OmegaMatter(cosmology) * CriticalDensityMsunPerMpc3OverH2;

    /// <summary>
    /// Sharp-k filter radius R in Mpc/h of a halo of mass M (M_sun/h): M = (4π/3) ρ̄_m (c R)³
    /// (Schneider, Smith &amp; Reed 2013, arXiv:1303.0839, eq. 9).
    /// </summary>
    public static double SharpKRadius(double massMsunH, double filterConstant, double meanDensity) =>
        Math.Cbrt(3 * massMsunH / (4 * Math.PI * meanDensity)) / filterConstant;
}
