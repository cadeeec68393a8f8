using Freestream.Production;
using Freestream.Thermal;
using Freestream.Distributions;

namespace Freestream.Cosmology;

/// <summary>
/// A non-cold dark-matter species ready for the Boltzmann solver: its distribution shape, mass, the two
/// momentum quadratures (background and perturbations) and the normalisation N that makes
/// Ω h² equal the requested value (docs/physics/boltzmann.md §3). Densities are ρ̃ = (8πG/3)ρ in Mpc⁻².
/// </summary>
/// <remarks>
/// ρ̃ = N a⁻⁴ Σ w_i q_i² ε_i f_i, p̃ = (N/3) a⁻⁴ Σ w_i q_i⁴/ε_i f_i, p̂ = (N/3) a⁻⁴ Σ w_i q_i⁶/ε_i³ f_i,
/// ε = √(q² + a²M²), M = m/T_ν0 (Ma &amp; Bertschinger 1995 eqs. 55; Lesgourgues &amp; Tram 2011 eq. 14 for p̂).
/// </remarks>
public sealed class NcdmSpecies
{
    /// <summary>(c/100 km s⁻¹) in Mpc: ω_i = ρ̃_i,0 · <see cref="HubbleDistanceMpcTimesH"/>².</summary>
    public const double HubbleDistanceMpcTimesH = 2997.92458;

    /// <summary>
    /// Fewest nodes of the background quadrature: ρ, p and p̂ are needed to 1e-7 across the relativistic transition,
    /// which a Gauss rule with fewer than 8 nodes does not reach even for a thermal spectrum.
    /// </summary>
    private const int BackgroundMinNodes = 8;

    /// <summary>
    /// Most nodes of the background quadrature: sums cost O(nodes) per call, and 60 suffices for two-peak spectra
    /// at 1e-7; beyond, the best rule of this size is used.
    /// </summary>
    private const int BackgroundMaxNodes = 60;

    /// <summary>Builds a species and selects its quadratures.</summary>
    /// <param name="distribution">Shape of f(q).</param>
    /// <param name="massKeV">Particle mass in keV (&gt; 0).</param>
    /// <param name="omegaH2">Ω h² of the species (&gt; 0).</param>
    /// <param name="cmbTemperatureK">T_CMB in K (sets T_ν0 = (4/11)^{1/3} T_CMB).</param>
    /// <param name="settings">Quadrature tolerances and node limits.</param>
    public NcdmSpecies(MomentumDistribution distribution, double massKeV, double omegaH2, double cmbTemperatureK, BoltzmannSettings settings)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (!double.IsFinite(massKeV) || massKeV <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(massKeV), massKeV, "massKeV must be finite and > 0");
        }

        if (!double.IsFinite(omegaH2) || omegaH2 <= 0 || omegaH2 > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(omegaH2), omegaH2, "omegaH2 must lie in (0, 1]");
        }

        Distribution = distribution;
        MassKeV = massKeV;
        OmegaH2 = omegaH2;
        double tNu0GeV = PhysicalConstants.NeutrinoToPhotonTemperatureRatio * cmbTemperatureK * PhysicalConstants.BoltzmannGeVPerK;
        DimensionlessMass = massKeV * PhysicalConstants.KeVInGeV / tNu0GeV;
        BackgroundQuadrature = MomentumQuadrature.Select(distribution, DimensionlessMass, settings.NcdmBackgroundQuadratureTolerance, BackgroundMinNodes, BackgroundMaxNodes);
        PerturbationQuadrature = MomentumQuadrature.Select(distribution, DimensionlessMass, settings.NcdmQuadratureTolerance, settings.NcdmMinNodes, settings.NcdmMaxNodes);
        double todaySum = 0;
        var bq = BackgroundQuadrature;
        for (int i = 0; i < bq.Count; i++)
        {
            todaySum += bq.Weights[i] * bq.F[i] * bq.Q[i] * bq.Q[i] * Math.Sqrt(bq.Q[i] * bq.Q[i] + DimensionlessMass * DimensionlessMass);
        }

        Normalisation = omegaH2 / (HubbleDistanceMpcTimesH * HubbleDistanceMpcTimesH) / todaySum;
    }

    /// <summary>f(q); only its shape is used (<see cref="MomentumDistribution.Occupation"/>, <see cref="MomentumDistribution.LogSlope"/>).</summary>
    public MomentumDistribution Distribution { get; }

    /// <summary>Mass in keV.</summary>
    public double MassKeV { get; }

    /// <summary>Ω h² of the species.</summary>
    public double OmegaH2 { get; }

    /// <summary>M = m/T_ν0.</summary>
    public double DimensionlessMass { get; }

    /// <summary>N in ρ̃ = N a⁻⁴ Σ w q² ε f (Mpc⁻²).</summary>
    public double Normalisation { get; }

    /// <summary>Quadrature for background sums (tolerance <see cref="BoltzmannSettings.NcdmBackgroundQuadratureTolerance"/>).</summary>
    public MomentumQuadrature BackgroundQuadrature { get; }

    /// <summary>Quadrature for the perturbation hierarchy (tolerance <see cref="BoltzmannSettings.NcdmQuadratureTolerance"/>).</summary>
    public MomentumQuadrature PerturbationQuadrature { get; }

    /// <summary>
    /// A species from a tabulated <see cref="MomentumDistribution"/> (q = p/T_ν0): only its shape is used, the
    /// amplitude being set by <paramref name="omegaH2"/> at <paramref name="massKeV"/> (docs/physics/boltzmann.md §3).
    /// </summary>
    public static NcdmSpecies FromDistribution(MomentumDistribution distribution, double massKeV, double omegaH2, double cmbTemperatureK, BoltzmannSettings settings)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return new NcdmSpecies(distribution, massKeV, omegaH2, cmbTemperatureK, settings);
    }

    /// <summary>
    /// A species whose table is absolutely normalised (f per internal state, <see cref="MomentumDistribution.Degeneracy"/>
    /// states): the mass is the one that gives <paramref name="omegaH2"/>, m = ω ρ_c/h² / n
    /// (<see cref="MomentumDistribution.MassKeVForOmegaH2"/>).
    /// </summary>
    public static NcdmSpecies FromDistributionWithMassFromOmega(MomentumDistribution distribution, double omegaH2, double cmbTemperatureK, BoltzmannSettings settings)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return FromDistribution(distribution, distribution.MassKeVForOmegaH2(omegaH2), omegaH2, cmbTemperatureK, settings);
    }

    /// <summary>
    /// Thermal relic: Fermi–Dirac with g = 2 internal states and the temperature ratio t = T_X/T_ν0 that gives
    /// <paramref name="omegaH2"/> at <paramref name="massKeV"/>: Ω h² = m g T_ν0³ t³ (3ζ(3)/2)/(2π² ρ_c/h²).
    /// </summary>
    public static NcdmSpecies ThermalRelic(double massKeV, double omegaH2, double cmbTemperatureK, BoltzmannSettings settings)
    {
        double t = ThermalTemperatureRatio(massKeV, omegaH2, cmbTemperatureK);
        return new NcdmSpecies(MomentumDistribution.FermiDirac(t), massKeV, omegaH2, cmbTemperatureK, settings);
    }

    /// <summary>
    /// t = T_X/T_ν0 of a g = 2 Fermi–Dirac relic with the given mass and Ω h², with T_ν0 = (4/11)^{1/3}
    /// <paramref name="cmbTemperatureK"/>: <see cref="MomentumDistribution.ThermalRelicTemperatureRatio"/>
    /// (which uses the PDG T_CMB) rescaled by T_CMB,PDG/T_CMB, since Ω h² ∝ (t T_ν0)³.
    /// </summary>
    public static double ThermalTemperatureRatio(double massKeV, double omegaH2, double cmbTemperatureK)
    {
        double ratioAtPdgTemperature = MomentumDistribution.ThermalRelicTemperatureRatio(massKeV, omegaH2, degeneracy: 2);
        if (!double.IsFinite(cmbTemperatureK) || cmbTemperatureK <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cmbTemperatureK), cmbTemperatureK, "cmbTemperatureK must be finite and > 0");
        }

        return ratioAtPdgTemperature * (PhysicalConstants.CmbTemperatureK / cmbTemperatureK);
    }

    /// <summary>ρ̃, p̃ and the pseudo-pressure p̂ at scale factor a, with the background quadrature (Mpc⁻²).</summary>
    public void Densities(double a, out double rho, out double pressure, out double pseudoPressure)
    {
        var bq = BackgroundQuadrature;
        double am2 = a * a * DimensionlessMass * DimensionlessMass;
        double r = 0, p = 0, ph = 0;
        for (int i = 0; i < bq.Count; i++)
        {
            double q2 = bq.Q[i] * bq.Q[i];
            double eps = Math.Sqrt(q2 + am2);
            double wf = bq.Weights[i] * bq.F[i] * q2;
            r += wf * eps;
            double x = wf * q2 / eps;
            p += x;
            ph += x * q2 / (eps * eps);
        }

        double n = Normalisation / (a * a * a * a);
        rho = n * r;
        pressure = n * p / 3;
        pseudoPressure = n * ph / 3;
    }
}
