using Freestream.Thermal;

namespace Freestream.Structure;

/// <summary>Whether the sterile neutrino is a Majorana or a Dirac fermion (the radiative width differs by 2).</summary>
public enum SterileNeutrinoNature
{
    /// <summary>Majorana: both N → ν_α γ and N → ν̄_α γ.</summary>
    Majorana,

    /// <summary>Dirac: half the Majorana width.</summary>
    Dirac,
}

/// <summary>
/// Radiative decay N → ν γ of a sterile neutrino of mass m_s and vacuum mixing sin²2θ: width, lifetime
/// and line energy E_γ = m_s/2.
/// </summary>
/// <remarks>
/// Γ_γ = 9 α G_F² sin²2θ m_s⁵ / (1024 π⁴) for a Majorana N (Pal &amp; Wolfenstein, Phys. Rev. D25 (1982)
/// 766; Barger, Phillips &amp; Sarkar, Phys. Lett. B352 (1995) 365), half of it for a Dirac N;
/// = 1.36e-29 s⁻¹ (sin²2θ/1e-7)(m_s/keV)⁵ with PDG 2024 α and G_F (physics note §4.1).
/// </remarks>
public static class XRayDecay
{
    /// <summary>Radiative width Γ(N → νγ) in GeV.</summary>
    public static double WidthGeV(double massKeV, double sin2TwoTheta, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana)
    {
        Validate(massKeV, sin2TwoTheta);
        double m = massKeV * PhysicalConstants.KeVInGeV;
        double g = PhysicalConstants.FermiConstantGeV2;
        double majorana = 9 * PhysicalConstants.FineStructureConstant * g * g * sin2TwoTheta * Math.Pow(m, 5)
                          / (1024 * Math.Pow(Math.PI, 4));
        return nature == SterileNeutrinoNature.Dirac ? 0.5 * majorana : majorana;
    }

    /// <summary>Radiative width in s⁻¹ (Γ/ħ).</summary>
    public static double WidthPerSecond(double massKeV, double sin2TwoTheta, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana) =>
        WidthGeV(massKeV, sin2TwoTheta, nature) / PhysicalConstants.HbarGeVSeconds;

    /// <summary>Radiative lifetime τ_γ = 1/Γ_γ in seconds.</summary>
    public static double LifetimeSeconds(double massKeV, double sin2TwoTheta, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana) =>
        1.0 / WidthPerSecond(massKeV, sin2TwoTheta, nature);

    /// <summary>Line energy in the rest frame of the halo, E_γ = m_s/2 (active-neutrino mass neglected), keV.</summary>
    public static double LineEnergyKeV(double massKeV)
    {
        Validate(massKeV, 0.5);
        return 0.5 * massKeV;
    }

    /// <summary>Checks m_s &gt; 0 and 0 &lt; sin²2θ &lt; 1.</summary>
    public static void Validate(double massKeV, double sin2TwoTheta)
    {
        if (!double.IsFinite(massKeV) || massKeV <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(massKeV), massKeV, "the sterile-neutrino mass must be a finite number > 0 keV");
        }

        if (!double.IsFinite(sin2TwoTheta) || sin2TwoTheta <= 0 || sin2TwoTheta >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sin2TwoTheta), sin2TwoTheta, "sin^2(2theta) must be in (0, 1)");
        }
    }
}
