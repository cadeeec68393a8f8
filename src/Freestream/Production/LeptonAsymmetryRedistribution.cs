using Freestream.Thermal;
using MathNet.Numerics.Interpolation;

namespace Freestream.Production;

/// <summary>
/// How a single flavour asymmetry L_α (total flavour lepton number density, the other flavours symmetric) is
/// shared among neutrinos, charged leptons and hadrons/quarks in chemical equilibrium, and the asymmetry
/// potential V_L it gives the active neutrino ν_α (opposite sign for ν̄_α).
/// </summary>
/// <remarks>
/// <para>Linear response (μ ≪ T), with dimensionless chemical potentials a_β = μ_Lβ/T, q = μ_Q/T, b = μ_B/T and the
/// susceptibilities of <see cref="LeptonAsymmetrySusceptibilities"/> (χ_ν = 1/6 per ν helicity, χ_ℓβ = 2χ_F(m_ℓβ/T),
/// QCD χ₂^Q, χ₂^B, χ₁₁^{BQ}): ν_β has μ/T = a_β, ℓ⁻_β has a_β − q, a hadron of charge Q and baryon number B has
/// Qq + Bb. The conditions (physics note docs/physics/dodelson_widrow_xray.md §3.1, after Venumadhav et al. 2016,
/// arXiv:1507.06655 §2): L_β/T³ = χ_ν a_β + χ_ℓβ (a_β − q) = δ_βα L/T³; zero net baryon number
/// χ₁₁ q + χ₂^B b = 0; charge neutrality −Σ_β χ_ℓβ (a_β − q) + χ₂^Q q + χ₁₁ b = 0. Eliminating a_β and b
/// [derived]: q [Σ_β χ_ℓβ χ_ν/(χ_ν + χ_ℓβ) + χ₂^Q − χ₁₁²/χ₂^B] = χ_ℓα/(χ_ν + χ_ℓα) · L/T³.</para>
/// <para>Potential (Nötzold &amp; Raffelt 1988; physics note §3.1): V_L = √2 G_F [2Δn_να + Σ_{β≠α} Δn_νβ
/// + (½ + 2 sin²θ_W) Δn_ℓα + Σ_{β≠α} (−½ + 2 sin²θ_W) Δn_ℓβ + (1 − 2 sin²θ_W) Δn_Q^had − ½ Δn_B], Δn_B = 0.
/// "All in ν_α" would give V_L = 2√2 G_F L.</para>
/// <para>Values are tabulated once per flavour in ln T (1 MeV–20 GeV) and interpolated.</para>
/// </remarks>
public sealed class LeptonAsymmetryRedistribution
{
    private const double MinTemperatureGeV = 1e-3;
    private const double MaxTemperatureGeV = 20.0;
    private const int TablePoints = 401;

    private static readonly Lazy<LeptonAsymmetryRedistribution>[] Shared =
    [
        new(() => new LeptonAsymmetryRedistribution(ActiveNeutrinoFlavour.Electron)),
        new(() => new LeptonAsymmetryRedistribution(ActiveNeutrinoFlavour.Muon)),
        new(() => new LeptonAsymmetryRedistribution(ActiveNeutrinoFlavour.Tau)),
    ];

    private readonly CubicSpline? potential;
    private readonly CubicSpline? chemical;

    private LeptonAsymmetryRedistribution(ActiveNeutrinoFlavour flavour, bool allInNeutrinos = false)
    {
        Flavour = flavour;
        AllInNeutrinos = allInNeutrinos;
        if (allInNeutrinos)
        {
            return;
        }

        var lnT = new double[TablePoints];
        var v = new double[TablePoints];
        var mu = new double[TablePoints];
        for (int i = 0; i < TablePoints; i++)
        {
            lnT[i] = Math.Log(MinTemperatureGeV) + ((Math.Log(MaxTemperatureGeV) - Math.Log(MinTemperatureGeV)) * i / (TablePoints - 1));
            var shares = Shares(flavour, Math.Exp(lnT[i]));
            v[i] = shares.PotentialWeight;
            mu[i] = shares.NeutrinoChemicalPotential;
        }

        potential = CubicSpline.InterpolateAkima(lnT, v);
        chemical = CubicSpline.InterpolateAkima(lnT, mu);
    }

    /// <summary>The full redistribution of flavour α (tabulated once).</summary>
    public static LeptonAsymmetryRedistribution For(ActiveNeutrinoFlavour flavour) => Shared[(int)flavour].Value;

    /// <summary>
    /// The naive model with the whole asymmetry in ν_α (V_L = 2√2 G_F L, μ_ν/T = 6 L/T³): for comparison with
    /// the simple AFP-style literature and for analytic tests.
    /// </summary>
    public static LeptonAsymmetryRedistribution AllInNeutrino(ActiveNeutrinoFlavour flavour) => new(flavour, allInNeutrinos: true);

    /// <summary>The flavour α carrying the asymmetry.</summary>
    public ActiveNeutrinoFlavour Flavour { get; }

    /// <summary>True for <see cref="AllInNeutrino"/>.</summary>
    public bool AllInNeutrinos { get; }

    /// <summary>w(T) with V_L = √2 G_F w L (2 when everything sits in ν_α).</summary>
    public double PotentialWeight(double temperatureGeV) => potential is null ? 2.0 : potential.Interpolate(Math.Log(Clamp(temperatureGeV)));

    /// <summary>c(T) with μ_να/T = c · L/T³ (6 when everything sits in ν_α).</summary>
    public double NeutrinoChemicalPotentialPerAsymmetry(double temperatureGeV) => chemical is null ? 6.0 : chemical.Interpolate(Math.Log(Clamp(temperatureGeV)));

    /// <summary>V_L in GeV at photon temperature T for the asymmetry L (ν_α channel; −V_L for ν̄_α).</summary>
    public double PotentialGeV(LeptonAsymmetry asymmetry, double temperatureGeV, IDegreesOfFreedom? dof = null)
    {
        double t3 = temperatureGeV * temperatureGeV * temperatureGeV;
        return Math.Sqrt(2) * PhysicalConstants.FermiConstantGeV2 * PotentialWeight(temperatureGeV) * asymmetry.PerCubicTemperature(temperatureGeV, dof) * t3;
    }

    /// <summary>
    /// The exact linear-response solution at temperature T per unit L/T³: every species' asymmetry, the
    /// chemical potentials and the potential weight (computed, not tabulated).
    /// </summary>
    public static LeptonAsymmetryShares Shares(ActiveNeutrinoFlavour flavour, double temperatureGeV) =>
        Shares(flavour, temperatureGeV, LeptonAsymmetrySusceptibilities.Qcd(temperatureGeV));

    /// <summary>
    /// As <see cref="Shares(ActiveNeutrinoFlavour, double)"/> with given QCD susceptibilities (χ₂^Q, χ₂^B, χ₁₁^{BQ}), e.g. the
    /// pure hadron-gas or quark-gas limits that bound the crossover systematic.
    /// </summary>
    public static LeptonAsymmetryShares Shares(ActiveNeutrinoFlavour flavour, double temperatureGeV, (double Charge, double Baryon, double Mixed) qcd)
    {
        const double chiNu = 1.0 / 6;
        var flavours = new[] { ActiveNeutrinoFlavour.Electron, ActiveNeutrinoFlavour.Muon, ActiveNeutrinoFlavour.Tau };
        var chiLepton = flavours.Select(b => 2 * LeptonAsymmetrySusceptibilities.Fermion(b.ChargedLeptonMassGeV(), temperatureGeV)).ToArray();
        var (chiQ, chiB, chiBQ) = qcd;
        double baryonTerm = chiB > 0 ? chiBQ * chiBQ / chiB : 0;
        double denominator = chiQ - baryonTerm + chiLepton.Sum(c => c * chiNu / (chiNu + c));
        double chargePotential = chiLepton[(int)flavour] / (chiNu + chiLepton[(int)flavour]) / denominator;
        double baryonPotential = chiB > 0 ? -chiBQ * chargePotential / chiB : 0;
        var neutrino = new double[3];
        var lepton = new double[3];
        for (int beta = 0; beta < 3; beta++)
        {
            double l = beta == (int)flavour ? 1.0 : 0.0;
            double a = (l + (chiLepton[beta] * chargePotential)) / (chiNu + chiLepton[beta]);
            neutrino[beta] = chiNu * a;
            lepton[beta] = chiLepton[beta] * (a - chargePotential);
        }

        double hadronCharge = (chiQ * chargePotential) + (chiBQ * baryonPotential);
        double baryon = (chiBQ * chargePotential) + (chiB * baryonPotential);
        double s2w = PhysicalConstants.SinSquaredWeakAngle;
        double weight = (1 - (2 * s2w)) * hadronCharge - (0.5 * baryon);
        for (int beta = 0; beta < 3; beta++)
        {
            bool same = beta == (int)flavour;
            weight += (same ? 2 : 1) * neutrino[beta];
            weight += ((same ? 0.5 : -0.5) + (2 * s2w)) * lepton[beta];
        }

        return new LeptonAsymmetryShares(
            temperatureGeV,
            neutrino,
            lepton,
            hadronCharge,
            baryon,
            neutrino[(int)flavour] / chiNu,
            chargePotential,
            weight);
    }

    private static double Clamp(double temperatureGeV) => Math.Clamp(temperatureGeV, MinTemperatureGeV, MaxTemperatureGeV);
}

/// <summary>
/// Linear-response shares of a unit flavour asymmetry L_α/T³ = 1 at one temperature (all asymmetries in units of T³).
/// </summary>
/// <param name="TemperatureGeV">Photon temperature, GeV.</param>
/// <param name="Neutrino">(n − n̄)/T³ of ν_e, ν_μ, ν_τ.</param>
/// <param name="ChargedLepton">(n − n̄)/T³ of e⁻, μ⁻, τ⁻.</param>
/// <param name="HadronCharge">Electric charge density of the QCD sector / T³ (equals Σ charged-lepton asymmetry).</param>
/// <param name="Baryon">Baryon number density / T³ (zero).</param>
/// <param name="NeutrinoChemicalPotential">μ_να/T per unit L/T³.</param>
/// <param name="ChargeChemicalPotential">μ_Q/T per unit L/T³.</param>
/// <param name="PotentialWeight">w with V_L = √2 G_F w L.</param>
public sealed record LeptonAsymmetryShares(
    double TemperatureGeV,
    IReadOnlyList<double> Neutrino,
    IReadOnlyList<double> ChargedLepton,
    double HadronCharge,
    double Baryon,
    double NeutrinoChemicalPotential,
    double ChargeChemicalPotential,
    double PotentialWeight)
{
    /// <summary>Net electric charge / T³ (leptons −1 each): zero by construction.</summary>
    public double NetCharge => HadronCharge - ChargedLepton.Sum();
}
