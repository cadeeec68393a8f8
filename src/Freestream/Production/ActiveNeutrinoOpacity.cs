using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// The total interaction (opacity) rate Γ_α(p, T) of an active neutrino ν_α in the plasma, given as the
/// dimensionless coefficient y_α(T, p/T) = Γ_α/(G_F² p T⁴).
/// </summary>
/// <remarks>
/// Γ_α is the rate of the Dodelson–Widrow conversion rate Γ_s = ¼ Γ_α sin²2θ_M and of the decoherence
/// D = Γ_α/2 (Abazajian, Fuller &amp; Patel 2001, astro-ph/0101524; physics note §1.1–1.2).
/// </remarks>
public interface IActiveNeutrinoOpacity
{
    /// <summary>y_α = Γ_α/(G_F² p T⁴) at photon temperature T (GeV) and p/T.</summary>
    double Coefficient(double temperatureGeV, double momentumOverTemperature);
}

/// <summary>Helpers common to every <see cref="IActiveNeutrinoOpacity"/>.</summary>
public static class ActiveNeutrinoOpacity
{
    /// <summary>Γ_α(p, T) = y_α G_F² p T⁴ in GeV.</summary>
    public static double RateGeV(this IActiveNeutrinoOpacity opacity, double momentumGeV, double temperatureGeV)
    {
        double g = PhysicalConstants.FermiConstantGeV2;
        double t2 = temperatureGeV * temperatureGeV;
        return opacity.Coefficient(temperatureGeV, momentumGeV / temperatureGeV) * g * g * momentumGeV * t2 * t2;
    }
}
