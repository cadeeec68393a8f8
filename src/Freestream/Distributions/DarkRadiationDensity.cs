using Freestream.Thermal;
using MathNet.Numerics.Interpolation;

namespace Freestream.Distributions;

/// <summary>
/// ΔN_eff of a decoupled species with f(q) (q = p/T_ν, T_ν ∝ 1/a) at a given neutrino temperature:
/// ΔN_eff = 3P/ρ_ν,1 with P = g/(6π²) ∫ q⁴ f/ε dq T_ν⁴ (ε = √(q² + (m/T_ν)²)) and ρ_ν,1 = (7π²/120) T_ν⁴ (one flavour,
/// ν + ν̄). It equals ρ/ρ_ν,1 = 60g∫q³f dq/(7π⁴) while the species is relativistic and vanishes as it becomes
/// matter, so it counts only the radiation-like part (docs/physics/scalar_decay_validity.md §4).
/// </summary>
public static class DarkRadiationDensity
{
    /// <summary>T_ν at the start of BBN, 1 MeV (T_ν = T before e⁺e⁻ annihilation).</summary>
    public const double BbnNeutrinoTemperatureGeV = 1e-3;

    /// <summary>Redshift of recombination z* = 1089.9 (Planck 2018 VI, arXiv:1807.06209, Table 2).</summary>
    public const double RecombinationRedshift = 1089.9;

    /// <summary>T_ν at recombination, T_ν0 (1 + z*) in GeV.</summary>
    public static double RecombinationNeutrinoTemperatureGeV => PhysicalConstants.NeutrinoTemperatureTodayGeV * (1 + RecombinationRedshift);

    /// <summary>ΔN_eff = 3P/ρ_ν,1 of <paramref name="distribution"/> for particle mass <paramref name="massKeV"/> at T_ν.</summary>
    /// <param name="distribution">f(q) with q = p/T_ν.</param>
    /// <param name="massKeV">Particle mass in keV (≥ 0).</param>
    /// <param name="neutrinoTemperatureGeV">T_ν in GeV (&gt; 0).</param>
    public static double DeltaNeff(MomentumDistribution distribution, double massKeV, double neutrinoTemperatureGeV)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (!double.IsFinite(massKeV) || massKeV < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(massKeV), massKeV, "the mass must be a finite number >= 0 keV");
        }

        if (!double.IsFinite(neutrinoTemperatureGeV) || neutrinoTemperatureGeV <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(neutrinoTemperatureGeV), neutrinoTemperatureGeV, "T_nu must be a finite number > 0 GeV");
        }

        double x = massKeV * PhysicalConstants.KeVInGeV / neutrinoTemperatureGeV;
        var q = distribution.Q;
        var f = distribution.F;

        // ∫ q⁴ f/ε dq = ∫ q⁵ f/ε d ln q with a natural cubic spline in ln q, as MomentumDistribution.Moment.
        var logQ = new double[q.Count];
        var integrand = new double[q.Count];
        for (int i = 0; i < q.Count; i++)
        {
            logQ[i] = Math.Log(q[i]);
            integrand[i] = Math.Pow(q[i], 5) * f[i] / Math.Sqrt(q[i] * q[i] + x * x);
        }

        double integral = CubicSpline.InterpolateNaturalSorted(logQ, integrand).Integrate(logQ[0], logQ[^1]);
        return 60 * distribution.Degeneracy * integral / (7 * Math.Pow(Math.PI, 4));
    }
}
