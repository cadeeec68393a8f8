using Freestream.Thermal;
using MathNet.Numerics.Interpolation;
using Freestream.Cosmology;

namespace Freestream.Production;

/// <summary>
/// Opacity Γ_α(T)/(G_F² p T⁴) of an active neutrino from every tree-level 2 → 2 weak process with the
/// Standard-Model plasma, 1 MeV–20 GeV: neutrinos, charged leptons (neutral and charged currents),
/// and the QCD sector (free quarks above the crossover, weighted by the QCD share of the entropy so
/// that it falls to the hadron gas below it).
/// </summary>
/// <remarks>
/// <para>
/// Each channel with four-fermion matrix element of couplings (g_L, g_R) is averaged over a thermal
/// target of energy density ρ per internal state: Γ = (8/3) p ρ σ(s)/s with σ = k G_F² s/π
/// (⟨(1 − cos ψ)²⟩ = 4/3 for isotropic massless targets), so y = (7π/90) Σ k h(m/T), with
/// h(m/T) = ρ_F(m/T)/ρ_F(0) the Fermi–Dirac suppression of a massive participant. Per target
/// fermion species (particle + antiparticle + the ν_α ν̄_α annihilation into the pair) the
/// cross sections σ(νf) = G_F² s (g_L² + g_R²/3)/π, σ(νf̄) = G_F² s (g_R² + g_L²/3)/π and
/// σ(νν̄ → f f̄) = 2 G_F² s (g_L² + g_R²)/(3π) sum to k = (10/3)(g_L² + g_R²) N_c. Squared matrix
/// elements: Dolgov, Phys. Rept. 370 (2002) 333, Table 1 (ν–ν, ν–e); couplings
/// g_L = T₃ − Q sin²θ_W, g_R = −Q sin²θ_W with sin²θ_W of PDG 2024, plus 1 on g_L of the same-flavour
/// charged lepton (charged-current, Fierz-ordered). Neutrino targets give k = 10/3.
/// Charged-current channels with a different final state (ν_α ℓ_β → ℓ_α ν_β, ν_α ν̄_β → ℓ_α ℓ̄_β,
/// ν_α ℓ̄_α → ℓ̄_β ν_β; ν_α d → ℓ_α u, ν_α ū → ℓ_α d̄, ν_α ℓ̄_α → u d̄ with |V_ij|² of PDG 2024) add
/// k = 2 + 2/3 + 2/3 = 10/3 per lepton flavour β ≠ α and k = (10/3) N_c |V_ij|² per quark pair, suppressed
/// by h of every massive participant.
/// </para>
/// <para>
/// Checks [derived]: below the muon threshold y_μ = (7π/90)(10/3)(1 + g_L² + g_R²) = 0.917 and
/// y_e = 1.293, the constant values 0.92 and 1.27 of Abazajian, Fuller &amp; Patel 2001
/// (astro-ph/0101524); at 10 GeV y_μ = 10.0 against 9.19 in the ALS table (Asaka, Laine &amp;
/// Shaposhnikov, hep-ph/0612182, §3, p/T = 3) and 8.93 in the Venumadhav et al. 2016 table
/// (arXiv:1507.06655, p/T = 3.2). Final-state Pauli blocking is not included: at 10 MeV the full
/// tables give 0.86 (ALS) and 0.76 (Venumadhav) instead of 0.92. Γ_α is taken independent of p/T
/// (the tables rise at p/T ≲ 0.5, which carries a negligible share of the number density).
/// </para>
/// <para>
/// QCD sector [approximation]: the u, d, s channels are multiplied by
/// F(T) = s_QCD(T)/s_free(T), the entropy of the light QCD sector of the foundation's equation of state
/// (HotQCD lattice joined to the hadron resonance gas, the same one that gives g*s(T)) over that of a free
/// u, d, s, gluon gas (16 + (7/8)·12 Σ_q s_F(m_q/T)/s_F(0)). F → 1 well above the crossover and falls to
/// the small pion-gas share below it ("the scattering targets are the QCD entropy carriers"); c and b are
/// free quarks as in g*(T). This replaces the hadron-gas/quark-gas interpolation window of the published
/// tables, whose choice is itself a systematic of tens of per cent on Ω near 150 MeV–1 GeV.
/// </para>
/// </remarks>
public sealed class StandardModelActiveNeutrinoOpacity : IActiveNeutrinoOpacity
{
    /// <summary>Prefactor (8/3)·(7π²/240)/π = 7π/90 of y per unit k.</summary>
    public static readonly double ChannelPrefactor = 7 * Math.PI / 90;

    /// <summary>Lowest temperature of the table, GeV.</summary>
    public const double MinTemperatureGeV = 1e-3;

    /// <summary>Highest temperature of the table, GeV (W and Z propagator effects are neglected).</summary>
    public const double MaxTemperatureGeV = 20.0;

    // PDG 2024 light-quark masses (MS-bar at 2 GeV), GeV; c and b from PhysicalConstants.
    private const double UpMassGeV = 2.16e-3;
    private const double DownMassGeV = 4.70e-3;
    private const double StrangeMassGeV = 93.5e-3;

    // PDG 2024 CKM moduli.
    private const double Vud = 0.97367;
    private const double Vus = 0.22431;
    private const double Vub = 0.00382;
    private const double Vcd = 0.221;
    private const double Vcs = 0.975;
    private const double Vcb = 0.0411;

    private const int TablePoints = 301;

    private readonly CubicSpline table;

    private static readonly Lazy<StandardModelActiveNeutrinoOpacity>[] Shared =
    [
        new(() => new StandardModelActiveNeutrinoOpacity(ActiveNeutrinoFlavour.Electron)),
        new(() => new StandardModelActiveNeutrinoOpacity(ActiveNeutrinoFlavour.Muon)),
        new(() => new StandardModelActiveNeutrinoOpacity(ActiveNeutrinoFlavour.Tau)),
    ];

    /// <summary>Builds (tabulates) the opacity of flavour α.</summary>
    public StandardModelActiveNeutrinoOpacity(ActiveNeutrinoFlavour flavour)
    {
        Flavour = flavour;
        var lnT = new double[TablePoints];
        var values = new double[TablePoints];
        for (int i = 0; i < TablePoints; i++)
        {
            lnT[i] = Math.Log(MinTemperatureGeV) + (Math.Log(MaxTemperatureGeV) - Math.Log(MinTemperatureGeV)) * i / (TablePoints - 1);
            double t = Math.Exp(lnT[i]);
            values[i] = Math.Log(LeptonicCoefficient(flavour, t) + QuarkCoefficient(flavour, t));
        }

        table = CubicSpline.InterpolateAkima(lnT, values);
    }

    /// <summary>The shared (tabulated once) opacity of flavour α.</summary>
    public static StandardModelActiveNeutrinoOpacity For(ActiveNeutrinoFlavour flavour) => Shared[(int)flavour].Value;

    /// <summary>The flavour α.</summary>
    public ActiveNeutrinoFlavour Flavour { get; }

    /// <inheritdoc />
    public double Coefficient(double temperatureGeV, double momentumOverTemperature)
    {
        double t = Math.Clamp(temperatureGeV, MinTemperatureGeV, MaxTemperatureGeV);
        return Math.Exp(table.Interpolate(Math.Log(t)));
    }

    /// <summary>y from neutrino and charged-lepton targets (neutral and charged currents).</summary>
    public static double LeptonicCoefficient(ActiveNeutrinoFlavour flavour, double temperatureGeV)
    {
        double s2w = PhysicalConstants.SinSquaredWeakAngle;
        double hAlpha = H(flavour.ChargedLeptonMassGeV(), temperatureGeV);
        double k = 10.0 / 3.0;
        foreach (var beta in new[] { ActiveNeutrinoFlavour.Electron, ActiveNeutrinoFlavour.Muon, ActiveNeutrinoFlavour.Tau })
        {
            double hBeta = H(beta.ChargedLeptonMassGeV(), temperatureGeV);
            double gL = -0.5 + s2w + (beta == flavour ? 1.0 : 0.0);
            double gR = s2w;
            k += 10.0 / 3.0 * (gL * gL + gR * gR) * hBeta;
            if (beta != flavour)
            {
                k += 10.0 / 3.0 * hAlpha * hBeta;
            }
        }

        return ChannelPrefactor * k;
    }

    /// <summary>
    /// y from quarks: neutral current on u, d, s, c, b and charged current on the open CKM pairs, with the
    /// channels with a u, d or s quark weighted once by the light-QCD entropy share <see cref="LightQcdShare"/>.
    /// </summary>
    public static double QuarkCoefficient(ActiveNeutrinoFlavour flavour, double temperatureGeV)
    {
        double s2w = PhysicalConstants.SinSquaredWeakAngle;
        const double colours = 3;
        double upL = 0.5 - 2.0 / 3.0 * s2w, upR = -2.0 / 3.0 * s2w;
        double downL = -0.5 + 1.0 / 3.0 * s2w, downR = 1.0 / 3.0 * s2w;
        double up = upL * upL + upR * upR;
        double down = downL * downL + downR * downR;
        double share = LightQcdShare(temperatureGeV);
        double hu = H(UpMassGeV, temperatureGeV), hd = H(DownMassGeV, temperatureGeV), hs = H(StrangeMassGeV, temperatureGeV);
        double hc = H(PhysicalConstants.CharmMassGeV, temperatureGeV), hb = H(PhysicalConstants.BottomMassGeV, temperatureGeV);
        double neutral = 10.0 / 3.0 * colours * (share * (up * hu + down * (hd + hs)) + up * hc + down * hb);
        double hAlpha = H(flavour.ChargedLeptonMassGeV(), temperatureGeV);
        double light = Vud * Vud * hd + Vus * Vus * hs;
        double charged = 10.0 * colours / 3.0 * hAlpha * (
            share * (hu * light + hc * (Vcd * Vcd * hd + Vcs * Vcs * hs) + hu * Vub * Vub * hb)
            + hc * Vcb * Vcb * hb);
        return ChannelPrefactor * (neutral + charged);
    }

    /// <summary>
    /// F(T) = s_QCD/s_free of the light (u, d, s, gluon) sector: the entropy of the foundation's QCD equation
    /// of state over that of free quarks and gluons, clamped to [0, 1].
    /// </summary>
    public static double LightQcdShare(double temperatureGeV)
    {
        var (energy, pressure, _) = QcdSector.Thermodynamics(temperatureGeV);
        double free = 2 * Math.PI * Math.PI / 45 * (16.0 + 7.0 / 8.0 * 12.0 * (
            ThermalIntegrals.FermionEntropyRatio(UpMassGeV / temperatureGeV)
            + ThermalIntegrals.FermionEntropyRatio(DownMassGeV / temperatureGeV)
            + ThermalIntegrals.FermionEntropyRatio(StrangeMassGeV / temperatureGeV)));
        return Math.Clamp((energy + pressure) / free, 0.0, 1.0);
    }

    private static double H(double massGeV, double temperatureGeV) => ThermalIntegrals.FermionEnergyRatio(massGeV / temperatureGeV);
}
