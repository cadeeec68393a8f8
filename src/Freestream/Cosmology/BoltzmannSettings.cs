namespace Freestream.Cosmology;

/// <summary>How the non-cold species is evolved deep inside the horizon.</summary>
public enum NcdmFluidMode
{
    /// <summary>Full Legendre hierarchy per momentum node until the output time (no approximation).</summary>
    Off,

    /// <summary>
    /// The same viscous-fluid closure as <see cref="ViscousFluid"/>, switched on only for a mode far outside the
    /// free-streaming scale: once the species is non-relativistic (w &lt; <see cref="BoltzmannSettings.NcdmFluidMaxW"/>)
    /// and k &lt; <see cref="BoltzmannSettings.NcdmFluidMaxKOverKFreeStreaming"/> · ℋ/√w, where the fluid closure's
    /// error, of order (k/k_fs)², is negligible. Near and above the cutoff the full hierarchy is kept.
    /// </summary>
    FreeStreamingScale,

    /// <summary>
    /// Lesgourgues &amp; Tram 2011 (arXiv:1104.2935) viscous-fluid closure, with c_eff² = c_a², c_vis² = 3w c_a²
    /// and the synchronous shear source θ + h'/2, switched on when kτ exceeds
    /// <see cref="BoltzmannSettings.NcdmFluidTriggerKTau"/> and the species is non-relativistic.
    /// </summary>
    ViscousFluid,
}

/// <summary>
/// Every precision knob of the Einstein–Boltzmann solver in one immutable record, with three documented
/// presets. Physical inputs live in <see cref="CosmologyParameters"/>; these are numerical choices only.
/// </summary>
/// <remarks>
/// Trigger values follow the notes docs/physics/boltzmann.md §8–§12: tight coupling (first order,
/// Ma &amp; Bertschinger 1995 eq. 75 form) while τ_c ℋ and τ_c k stay below their triggers; the
/// ultra-relativistic fluid (BLT11, arXiv:1104.2933) for massless neutrinos once kτ exceeds
/// <see cref="UrFluidTriggerKTau"/>; radiation streaming (BLT11) for photons and massless neutrinos once
/// kτ exceeds <see cref="RadiationStreamingTriggerKTau"/> after photon decoupling (τ_c/τ above
/// <see cref="RadiationStreamingTriggerTauCOverTau"/>).
/// </remarks>
public sealed record BoltzmannSettings
{
    /// <summary>Relative tolerance of the ODE integration of each k mode.</summary>
    public double RelativeTolerance { get; init; } = 1e-5;

    /// <summary>
    /// Absolute tolerance of each unknown, in units of the largest matter density contrast reached so far
    /// (the error is measured against the physical scale of the mode, not against decayed components).
    /// </summary>
    public double AbsoluteToleranceScale { get; init; } = 1e-6;

    /// <summary>Highest photon temperature multipole l_max,γ (MB95 eq. 65 truncation).</summary>
    public int PhotonLMax { get; init; } = 12;

    /// <summary>Highest photon polarisation multipole l_max,pol.</summary>
    public int PolarisationLMax { get; init; } = 10;

    /// <summary>Highest massless-neutrino multipole l_max,ur.</summary>
    public int MasslessNeutrinoLMax { get; init; } = 17;

    /// <summary>Highest multipole of the non-cold hierarchy l_max,ncdm (per momentum node).</summary>
    public int NcdmLMax { get; init; } = 17;

    /// <summary>Relative tolerance of the moments that select the perturbation momentum quadrature.</summary>
    public double NcdmQuadratureTolerance { get; init; } = 1e-4;

    /// <summary>Relative tolerance of the moments that select the background momentum quadrature.</summary>
    public double NcdmBackgroundQuadratureTolerance { get; init; } = 1e-7;

    /// <summary>Largest number of perturbation momentum nodes the adaptive selection may use.</summary>
    public int NcdmMaxNodes { get; init; } = 40;

    /// <summary>Smallest number of perturbation momentum nodes (raises the adaptive choice if larger).</summary>
    public int NcdmMinNodes { get; init; } = 5;

    /// <summary>Non-cold fluid closure (see <see cref="NcdmFluidMode"/>).</summary>
    public NcdmFluidMode NcdmFluid { get; init; } = NcdmFluidMode.FreeStreamingScale;

    /// <summary>Largest k/k_fs (k_fs = ℋ/√w) at which <see cref="NcdmFluidMode.FreeStreamingScale"/> switches to the fluid.</summary>
    public double NcdmFluidMaxKOverKFreeStreaming { get; init; } = 0.01;

    /// <summary>Largest equation of state w = p/ρ at which <see cref="NcdmFluidMode.FreeStreamingScale"/> switches to the fluid.</summary>
    public double NcdmFluidMaxW { get; init; } = 1e-5;

    /// <summary>kτ above which the non-cold fluid closure replaces the hierarchy (when enabled).</summary>
    public double NcdmFluidTriggerKTau { get; init; } = 31;

    /// <summary>Tight coupling is switched off when τ_c ℋ exceeds this value (CLASS: 0.015).</summary>
    public double TightCouplingTriggerTauCOverTauH { get; init; } = 0.015;

    /// <summary>Tight coupling is switched off when τ_c k exceeds this value (CLASS: 0.01).</summary>
    public double TightCouplingTriggerTauCOverTauK { get; init; } = 0.01;

    /// <summary>
    /// For modes that are Silk-damped before τ_c ℋ triggers: tight coupling may run on until the damping is
    /// complete if by then τ_c k is still below this value (the k trigger above is then not applied).
    /// </summary>
    public double TightCouplingDampedTauCOverTauK { get; init; } = double.PositiveInfinity;

    /// <summary>kτ above which the massless neutrinos use the ultra-relativistic fluid closure (CLASS: 30).</summary>
    public double UrFluidTriggerKTau { get; init; } = 30;

    /// <summary>kτ above which photons and massless neutrinos stream freely after decoupling (CLASS: 45).</summary>
    public double RadiationStreamingTriggerKTau { get; init; } = 45;

    /// <summary>τ_c/τ above which photons count as decoupled for radiation streaming (CLASS: 5).</summary>
    public double RadiationStreamingTriggerTauCOverTau { get; init; } = 5;

    /// <summary>
    /// Radiation streaming also starts before photon decoupling once the photon–baryon perturbations of the
    /// mode are Silk-damped, k²/k_D² above this exponent (and kτ above
    /// <see cref="RadiationStreamingTriggerKTau"/>): the photons then hold the baryons at the non-oscillating
    /// particular solution θ_γ = −h'/2. 0 disables it (CLASS's behaviour).
    /// </summary>
    public double RadiationStreamingDampingExponent { get; init; } = 10;

    /// <summary>Each mode starts when kτ reaches this value (and radiation still dominates).</summary>
    public double InitialKTau { get; init; } = 1e-3;

    /// <summary>Each mode starts no later than when ρ_matter/ρ_radiation reaches this value.</summary>
    public double InitialMatterToRadiation { get; init; } = 1e-3;

    /// <summary>Number of background table points per unit ln a.</summary>
    public int BackgroundPointsPerLogA { get; init; } = 400;

    /// <summary>Wavenumbers per decade of the output k grid (uniform in ln k).</summary>
    public int KPerDecade { get; init; } = 20;

    /// <summary>Wavenumbers per decade in the baryon-acoustic window 0.008–0.6 h/Mpc.</summary>
    public int KPerDecadeBao { get; init; } = 50;

    /// <summary>
    /// Extra wavenumbers per decade where T² falls (between T² = 0.98 and T² = 0.005 of the previous sampling).
    /// </summary>
    public int KPerDecadeInCutoff { get; init; } = 40;

    /// <summary>
    /// Adaptive k sampling of a model run (<see cref="LinearPowerCalculator.Transfer"/>): an interval of k is refined
    /// no further once solving its midpoint changes the spline of T inside it by at most this much in T². 0 solves
    /// every mode of the base grid and of the cutoff refinement (no interpolation).
    /// </summary>
    public double TransferInterpolationTolerance { get; init; } = 2e-4;

    /// <summary>
    /// T² below which a model run stops solving higher k (<see cref="LinearPowerCalculator.Transfer"/>): once two
    /// successive pilot modes fall below it, T is held at the larger of the two up to the end of the grid, an
    /// over-estimate by less than this much (the suppression only deepens with k). 0 solves the whole k range.
    /// </summary>
    public double NegligibleTransferSquared { get; init; } = 1e-4;

    /// <summary>Modes per decade of the pilot grid of the adaptive k sampling (its coarsest spacing).</summary>
    public int KPerDecadePilot { get; init; } = 3;

    /// <summary>Largest number of k modes solved in parallel (0: one per processor).</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Fast preset for quick looks and unit tests: rtol 1e-4, l_max (γ, pol, ur, ncdm) = (10, 8, 14, 12),
    /// 12 k per decade (30 in the baryon-acoustic window, +24 in the cutoff), perturbation quadrature tolerance 1e-3 (≥ 4 nodes).
    /// Measured against CLASS v3.3.4: ΛCDM P(k) within 1.9 %, thermal-relic T² within 0.006, k_1/2 within 0.5 %.
    /// </summary>
    public static BoltzmannSettings Fast { get; } = new()
    {
        RelativeTolerance = 1e-4,
        AbsoluteToleranceScale = 1e-5,
        PhotonLMax = 10,
        PolarisationLMax = 8,
        MasslessNeutrinoLMax = 14,
        NcdmLMax = 12,
        NcdmQuadratureTolerance = 1e-3,
        NcdmMinNodes = 4,
        KPerDecade = 12,
        KPerDecadeBao = 30,
        KPerDecadeInCutoff = 24,
        TransferInterpolationTolerance = 1e-3,
        KPerDecadePilot = 2,
    };

    /// <summary>
    /// Default preset: rtol 1e-5, l_max (γ, pol, ur, ncdm) = (12, 10, 17, 17) as CLASS's defaults,
    /// 20 k per decade (50 in the baryon-acoustic window, +40 in the cutoff), perturbation quadrature tolerance 1e-4 (≥ 5 nodes), full
    /// ncdm hierarchy except far outside the free-streaming scale. Measured against CLASS v3.3.4: ΛCDM P(k) within
    /// 4e-4 (1e-3–100 h/Mpc, z = 0 and 5.4), thermal-relic T² within 0.0035, k_1/2 within 0.15 %.
    /// </summary>
    public static BoltzmannSettings Default { get; } = new();

    /// <summary>
    /// Precise preset: rtol 1e-6, l_max (γ, pol, ur, ncdm) = (20, 16, 30, 30), 30 k per decade
    /// (70 in the baryon-acoustic window, +60 in the cutoff), perturbation quadrature tolerance 1e-5 (≥ 8 nodes), kτ_ini = 1e-4.
    /// Measured against CLASS v3.3.4: ΛCDM P(k) within 7e-4, thermal-relic T² within 0.0035, k_1/2 within 0.15 %.
    /// </summary>
    public static BoltzmannSettings Precise { get; } = new()
    {
        RelativeTolerance = 1e-6,
        AbsoluteToleranceScale = 1e-7,
        PhotonLMax = 20,
        PolarisationLMax = 16,
        MasslessNeutrinoLMax = 30,
        NcdmLMax = 30,
        NcdmQuadratureTolerance = 1e-5,
        NcdmMinNodes = 8,
        KPerDecade = 30,
        KPerDecadeBao = 70,
        KPerDecadeInCutoff = 60,
        TransferInterpolationTolerance = 5e-5,
        KPerDecadePilot = 4,
        NegligibleTransferSquared = 1e-5,
        InitialKTau = 1e-4,
    };

    /// <summary>The preset with the given name (fast, default, precise; case-insensitive).</summary>
    public static BoltzmannSettings FromName(string name) => name.ToLowerInvariant() switch
    {
        "fast" => Fast,
        "default" => Default,
        "precise" => Precise,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "preset must be fast, default or precise"),
    };

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid setting.</summary>
    public BoltzmannSettings Validated()
    {
        Check(RelativeTolerance > 0 && RelativeTolerance < 0.1, nameof(RelativeTolerance), RelativeTolerance, "in (0, 0.1)");
        Check(AbsoluteToleranceScale > 0 && AbsoluteToleranceScale < 0.1, nameof(AbsoluteToleranceScale), AbsoluteToleranceScale, "in (0, 0.1)");
        Check(PhotonLMax >= 4 && PhotonLMax <= 256, nameof(PhotonLMax), PhotonLMax, "in [4, 256]");
        Check(PolarisationLMax >= 4 && PolarisationLMax <= 256, nameof(PolarisationLMax), PolarisationLMax, "in [4, 256]");
        Check(MasslessNeutrinoLMax >= 4 && MasslessNeutrinoLMax <= 256, nameof(MasslessNeutrinoLMax), MasslessNeutrinoLMax, "in [4, 256]");
        Check(NcdmLMax >= 4 && NcdmLMax <= 256, nameof(NcdmLMax), NcdmLMax, "in [4, 256]");
        Check(NcdmMinNodes >= 2 && NcdmMinNodes <= NcdmMaxNodes, nameof(NcdmMinNodes), NcdmMinNodes, "in [2, NcdmMaxNodes]");
        Check(NcdmQuadratureTolerance > 0 && NcdmQuadratureTolerance < 0.1, nameof(NcdmQuadratureTolerance), NcdmQuadratureTolerance, "in (0, 0.1)");
        Check(InitialKTau > 0 && InitialKTau <= 0.1, nameof(InitialKTau), InitialKTau, "in (0, 0.1]");
        Check(KPerDecade >= 4, nameof(KPerDecade), KPerDecade, ">= 4");
        Check(KPerDecadeBao >= KPerDecade, nameof(KPerDecadeBao), KPerDecadeBao, ">= KPerDecade");
        Check(KPerDecadeInCutoff >= 0, nameof(KPerDecadeInCutoff), KPerDecadeInCutoff, ">= 0");
        Check(TransferInterpolationTolerance >= 0 && TransferInterpolationTolerance < 0.1, nameof(TransferInterpolationTolerance), TransferInterpolationTolerance, "in [0, 0.1)");
        Check(NegligibleTransferSquared >= 0 && NegligibleTransferSquared <= 1e-3, nameof(NegligibleTransferSquared), NegligibleTransferSquared, "in [0, 1e-3]");
        Check(KPerDecadePilot >= 1, nameof(KPerDecadePilot), KPerDecadePilot, ">= 1");
        Check(NcdmFluidTriggerKTau > 1, nameof(NcdmFluidTriggerKTau), NcdmFluidTriggerKTau, "> 1");
        return this;
    }

    private static void Check(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}, got {value}");
        }
    }
}
