using Freestream.Thermal;
using MathNet.Numerics;

namespace Freestream.Structure;

/// <summary>
/// Photon flux of the N → νγ line from a dark-matter halo: F = Γ_γ/(4π m_s) × D with the "D-factor"
/// D = ∫_ΔΩ dΩ ∫ ρ dl (one photon per decay).
/// </summary>
/// <remarks>
/// Physics note docs/physics/dodelson_widrow_xray.md §4.3 eq. (9); units: Γ in s⁻¹, m_s in GeV, ρ in GeV cm⁻³, l in
/// cm → D in GeV cm⁻² sr, F in photons cm⁻² s⁻¹. The field of view is a disc of angular radius θ whose
/// centre is ψ₀ away from the halo centre.
/// </remarks>
public static class XRayLineFlux
{
    /// <summary>
    /// Column density S(ψ) = ∫ ρ(r(l)) dl along the line of sight at angle ψ from the halo centre, GeV cm⁻².
    /// </summary>
    /// <remarks>
    /// r² = d² + l² − 2 d l cos ψ. With l − d cos ψ = b sinh t (b = d sin ψ, the impact parameter),
    /// dl = r dt and ρ r = ρ_s r_s/(1 + r/r_s)² is bounded, so the NFW cusp needs no special care.
    /// </remarks>
    public static double ColumnDensityGeVPerCm2(XRayHalo halo, double angleRadians)
    {
        double d = halo.DistanceKpc;
        double rMax = halo.TruncationRadiusKpc;
        double b = d * Math.Sin(angleRadians);
        double closest = d * Math.Cos(angleRadians);
        if (b >= rMax)
        {
            return 0;
        }

        double half = Math.Sqrt(rMax * rMax - b * b);
        double lLow = Math.Max(0, closest - half);
        double lHigh = closest + half;
        if (lHigh <= lLow)
        {
            return 0;
        }

        double bSafe = Math.Max(b, 1e-12 * halo.ScaleRadiusKpc);
        double tLow = Math.Asinh((lLow - closest) / bSafe);
        double tHigh = Math.Asinh((lHigh - closest) / bSafe);
        double rs = halo.ScaleRadiusKpc;
        double integralKpc = Integrate.GaussKronrod(
            t =>
            {
                double r = bSafe * Math.Cosh(t);
                double x = r / rs;
                return r > rMax ? 0 : halo.ScaleDensityGeVPerCm3 * rs / ((1 + x) * (1 + x));
            },
            tLow,
            tHigh,
            1e-9,
            20);
        return integralKpc * XRayHalo.KpcCm;
    }

    /// <summary>
    /// D = ∫_FOV S dΩ (GeV cm⁻² sr) over a disc of radius <paramref name="fovRadiusDeg"/> centred
    /// <paramref name="offsetDeg"/> from the halo centre.
    /// </summary>
    public static double DFactor(XRayHalo halo, double fovRadiusDeg, double offsetDeg)
    {
        if (!double.IsFinite(fovRadiusDeg) || fovRadiusDeg <= 0 || fovRadiusDeg > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(fovRadiusDeg), fovRadiusDeg, "the field-of-view radius must be in (0, 90] degrees");
        }

        if (!double.IsFinite(offsetDeg) || offsetDeg < 0 || offsetDeg > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(offsetDeg), offsetDeg, "the pointing offset must be in [0, 180] degrees");
        }

        double theta = fovRadiusDeg * Math.PI / 180;
        double psi0 = offsetDeg * Math.PI / 180;
        double cosTheta = Math.Cos(theta), cosPsi0 = Math.Cos(psi0), sinPsi0 = Math.Sin(psi0);

        // Rings of angular radius ψ about the halo centre; the arc 2φ_max(ψ) of each ring lies inside the field.
        double ArcInside(double psi)
        {
            double sinPsi = Math.Sin(psi);
            if (sinPsi * sinPsi0 == 0)
            {
                return Math.Cos(psi - psi0) >= cosTheta ? 2 * Math.PI : 0;
            }

            double c = (cosTheta - Math.Cos(psi) * cosPsi0) / (sinPsi * sinPsi0);
            return 2 * Math.Acos(Math.Clamp(c, -1, 1));
        }

        double Integrand(double psi) => Math.Sin(psi) * ArcInside(psi) * ColumnDensityGeVPerCm2(halo, psi);

        double low = Math.Max(0, psi0 - theta);
        double high = Math.Min(Math.PI, psi0 + theta);
        double kink = Math.Abs(theta - psi0);
        double scale = ColumnDensityGeVPerCm2(halo, Math.Max(psi0, theta)) * FieldOfViewSr(fovRadiusDeg);
        double tolerance = 1e-9 * scale;
        return kink > low && kink < high
            ? Integrate.DoubleExponential(Integrand, low, kink, tolerance) + Integrate.DoubleExponential(Integrand, kink, high, tolerance)
            : Integrate.DoubleExponential(Integrand, low, high, tolerance);
    }

    /// <summary>Solid angle of the disc of radius θ, 2π(1 − cos θ), sr.</summary>
    public static double FieldOfViewSr(double fovRadiusDeg) => 2 * Math.PI * (1 - Math.Cos(fovRadiusDeg * Math.PI / 180));

    /// <summary>Line photon flux F = Γ_γ D/(4π m_s), photons cm⁻² s⁻¹.</summary>
    public static double PhotonFlux(double massKeV, double sin2TwoTheta, double dFactorGeVPerCm2Sr, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana) =>
        XRayDecay.WidthPerSecond(massKeV, sin2TwoTheta, nature) * dFactorGeVPerCm2Sr / (4 * Math.PI * massKeV * PhysicalConstants.KeVInGeV);

    /// <summary>Surface brightness I(ψ) = Γ_γ S(ψ)/(4π m_s), photons cm⁻² s⁻¹ sr⁻¹.</summary>
    public static double SurfaceBrightness(XRayHalo halo, double massKeV, double sin2TwoTheta, double angleDeg, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana) =>
        PhotonFlux(massKeV, sin2TwoTheta, ColumnDensityGeVPerCm2(halo, angleDeg * Math.PI / 180), nature);

    /// <summary>
    /// Flux from a distant object with dark-matter mass M_fov (M_⊙) inside the field at distance d (Mpc):
    /// F = Γ_γ M_fov/(4π d² m_s) (local formula, (1 + z) neglected), photons cm⁻² s⁻¹.
    /// </summary>
    public static double PointSourceFlux(double massKeV, double sin2TwoTheta, double massInFieldSolar, double distanceMpc, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana)
    {
        double dCm = distanceMpc * 1000 * XRayHalo.KpcCm;
        return XRayDecay.WidthPerSecond(massKeV, sin2TwoTheta, nature) * massInFieldSolar * XRayHalo.SolarMassGeV
               / (4 * Math.PI * dCm * dCm * massKeV * PhysicalConstants.KeVInGeV);
    }
}
