using System.Globalization;
using Freestream.Thermal;
using MathNet.Numerics;
using MathNet.Numerics.Interpolation;

namespace Freestream.Distributions;

/// <summary>
/// The phase-space distribution f(q) of a non-cold dark-matter species, tabulated on the comoving
/// momentum q = a p/T_ν0 (q = p/T_ν0 today, T_ν0 = (4/11)^{1/3} T_CMB =
/// <see cref="PhysicalConstants.NeutrinoTemperatureTodayGeV"/>), per internal state, together with
/// the number of internal states g. Immutable; validated on construction.
/// </summary>
/// <remarks>
/// <para>Conventions as in CLASS's ncdm species (Lesgourgues &amp; Tram 2011, arXiv:1104.2935) with
/// T_ncdm = T_ν0 = 0.71377 T_CMB. CLASS's default T_ncdm = 0.71611 T_CMB is 0.33 % higher (it absorbs
/// non-instantaneous neutrino decoupling); a table made for that momentum unit must be rescaled by
/// q → q·0.71611/0.71377 before it is used here.</para>
/// <para>Number density today n = g ∫d³p/(2π)³ f = g T_ν0³/(2π²) ∫q² f dq, energy density of the
/// non-relativistic species ρ = m n, Ω h² = m n/(ρ_c/h²) (one Fermi–Dirac species with g = 2:
/// n = (3/11) n_γ = 112 cm⁻³ and Ω h² = m/94.07 eV with PDG 2024 constants).</para>
/// <para>Moments ∫qⁿ f dq are computed over the table only (no extrapolation): ∫ q^{n+1} f d ln q with
/// a natural cubic spline of q^{n+1} f against ln q, integrated exactly. The variable ln q makes
/// log-spaced tables uniform and keeps linear tables accurate (q^{n+1} f is smooth in ln q); the
/// spline's natural end conditions cost nothing because q^{n+1} f vanishes at both ends of a table
/// that covers the distribution. Whether it does is reported by <see cref="EstimatedTailFraction"/>.</para>
/// </remarks>
public sealed class MomentumDistribution
{
    /// <summary>Smallest accepted number of table points.</summary>
    public const int MinimumPoints = 8;

    private readonly double[] q;
    private readonly double[] f;
    private readonly double[] logQ;
    private readonly IReadOnlyList<double> qView;
    private readonly IReadOnlyList<double> fView;
    private readonly IInterpolation interpolation;
    private readonly bool logInterpolation;

    /// <summary>T/T_ν0 and amplitude of an exact Fermi–Dirac shape (null for a table), used beyond the nodes.</summary>
    private readonly (double TemperatureRatio, double Amplitude)? fermiDirac;

    /// <summary>The table continued to every q &gt; 0 for the Boltzmann solver, built when first needed.</summary>
    private readonly Lazy<ContinuedLogSpline> continuation;

    /// <summary>Builds a distribution from a table; the arrays are copied.</summary>
    /// <param name="q">Comoving momenta q = p/T_ν0 today: at least <see cref="MinimumPoints"/>, finite, &gt; 0, strictly increasing.</param>
    /// <param name="f">Occupation numbers f(q) per internal state: finite, ≥ 0, with 0 &lt; ∫q²f dq &lt; ∞ over the table.</param>
    /// <param name="degeneracy">Number of internal states g (2 for a Majorana fermion's two helicities), finite and &gt; 0.</param>
    /// <exception cref="ArgumentException">The table is shorter than <see cref="MinimumPoints"/>, the lengths differ, or a value is out of range.</exception>
    /// <exception cref="InvalidDataException">∫q² f dq over the table is not finite and positive.</exception>
    public MomentumDistribution(IReadOnlyList<double> q, IReadOnlyList<double> f, double degeneracy = 2)
        : this(q, f, degeneracy, null)
    {
    }

    private MomentumDistribution(IReadOnlyList<double> q, IReadOnlyList<double> f, double degeneracy, (double TemperatureRatio, double Amplitude)? fermiDirac)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(f);
        if (q.Count != f.Count)
        {
            throw new ArgumentException(Invariant($"q and f must have the same length, got {q.Count} and {f.Count}"), nameof(f));
        }

        if (q.Count < MinimumPoints)
        {
            throw new ArgumentException(Invariant($"a momentum distribution needs at least {MinimumPoints} points, got {q.Count}"), nameof(q));
        }

        if (!double.IsFinite(degeneracy) || degeneracy <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(degeneracy), degeneracy, "the degeneracy g must be finite and > 0");
        }

        this.q = [.. q];
        this.f = [.. f];
        for (int i = 0; i < this.q.Length; i++)
        {
            if (!double.IsFinite(this.q[i]) || this.q[i] <= 0)
            {
                throw new ArgumentException(Invariant($"q[{i}] = {this.q[i]} must be finite and > 0"), nameof(q));
            }

            if (i > 0 && this.q[i] <= this.q[i - 1])
            {
                throw new ArgumentException(Invariant($"q must be strictly increasing, but q[{i}] = {this.q[i]} <= q[{i - 1}] = {this.q[i - 1]}"), nameof(q));
            }

            if (!double.IsFinite(this.f[i]) || this.f[i] < 0)
            {
                throw new ArgumentException(Invariant($"f[{i}] = {this.f[i]} (at q = {this.q[i]}) must be finite and >= 0"), nameof(f));
            }
        }

        logQ = Array.ConvertAll(this.q, Math.Log);
        qView = Array.AsReadOnly(this.q);
        fView = Array.AsReadOnly(this.f);
        Degeneracy = degeneracy;
        double norm = Moment(2);
        if (!double.IsFinite(norm) || norm <= 0)
        {
            throw new InvalidDataException(Invariant($"the distribution is not normalisable: ∫q² f dq over the table is {norm}, must be finite and > 0"));
        }

        NormalisationIntegral = norm;
        MeanQ = Moment(3) / norm;
        MeanQSquared = Moment(4) / norm;
        EstimatedTailFraction = TailIntegral() / norm;

        logInterpolation = Array.TrueForAll(this.f, v => v > 0);
        interpolation = logInterpolation
            ? CubicSpline.InterpolatePchipSorted(logQ, Array.ConvertAll(this.f, Math.Log))
            : CubicSpline.InterpolatePchipSorted(logQ, [.. this.f]);
        this.fermiDirac = fermiDirac;
        continuation = new Lazy<ContinuedLogSpline>(() => new ContinuedLogSpline(this.q, this.f));
    }

    /// <summary>The tabulated comoving momenta q = p/T_ν0 today (strictly increasing).</summary>
    public IReadOnlyList<double> Q => qView;

    /// <summary>The tabulated occupation numbers f(q) per internal state.</summary>
    public IReadOnlyList<double> F => fView;

    /// <summary>Number of internal states g.</summary>
    public double Degeneracy { get; }

    /// <summary>∫q² f dq over the table (the normalisation of the number density).</summary>
    public double NormalisationIntegral { get; }

    /// <summary>Mean comoving momentum ⟨q⟩ = ∫q³f dq / ∫q²f dq.</summary>
    public double MeanQ { get; }

    /// <summary>Mean square comoving momentum ⟨q²⟩ = ∫q⁴f dq / ∫q²f dq.</summary>
    public double MeanQSquared { get; }

    /// <summary>
    /// Estimated fraction of ∫q² f dq that lies outside the table: below q_min the table is continued
    /// with the power law through its first two points (∫₀^{q₀} q² f dq = q₀³ f₀/(3 + s)), above q_max
    /// with the exponential through its last two points (∫ q² f₍N₎ e^{−(q−q_N)/λ} dq =
    /// f_N λ (q_N² + 2 q_N λ + 2 λ²)). +∞ when a continuation is not integrable (f ∝ q^s with s ≤ −3 at
    /// the start, f not decreasing at the end). A table covers its distribution when this is well
    /// below the accuracy wanted from the moments; the moments themselves never include the tails.
    /// </summary>
    public double EstimatedTailFraction { get; }

    /// <summary>Number density today n = g T_ν0³/(2π²) ∫q² f dq in cm⁻³ (T_ν0/ħc in cm⁻¹).</summary>
    public double NumberDensityPerCm3
    {
        get
        {
            double temperaturePerCm = PhysicalConstants.NeutrinoTemperatureTodayGeV / PhysicalConstants.HbarCGeVCm;
            return Degeneracy * Math.Pow(temperaturePerCm, 3) / (2 * Math.PI * Math.PI) * NormalisationIntegral;
        }
    }

    /// <summary>
    /// ∫ qⁿ f(q) dq over the table, as ∫ q^{n+1} f d ln q with a natural cubic spline in ln q.
    /// </summary>
    /// <param name="n">Power of q, finite.</param>
    public double Moment(double n)
    {
        if (!double.IsFinite(n))
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "the power of q must be finite");
        }

        var integrand = new double[q.Length];
        for (int i = 0; i < q.Length; i++)
        {
            integrand[i] = Math.Pow(q[i], n + 1) * f[i];
        }

        return CubicSpline.InterpolateNaturalSorted(logQ, integrand).Integrate(logQ[0], logQ[^1]);
    }

    /// <summary>
    /// f(q) between the table points: monotone (PCHIP, Fritsch–Carlson) interpolation of ln f against
    /// ln q when every f is positive (exact for power laws, smooth for exponential tails), of f against
    /// ln q otherwise; 0 outside [q_min, q_max].
    /// </summary>
    /// <param name="momentum">q = p/T_ν0 today.</param>
    public double Evaluate(double momentum)
    {
        if (double.IsNaN(momentum))
        {
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "q must not be NaN");
        }

        if (momentum < q[0] || momentum > q[^1])
        {
            return 0;
        }

        double value = interpolation.Interpolate(Math.Log(momentum));
        return logInterpolation ? Math.Exp(value) : Math.Max(value, 0);
    }

    /// <summary>
    /// f(q) at any q &gt; 0, as the Boltzmann solver samples it: exact for a <see cref="FermiDirac"/> shape; for a
    /// table a monotone spline of ln f against ln q continued by a power law below the table and an exponential
    /// tail above it (<c>ContinuedLogSpline</c>, docs/physics/boltzmann.md §11).
    /// </summary>
    /// <param name="momentum">q = p/T_ν0 today, &gt; 0.</param>
    /// <exception cref="InvalidDataException">The table's continuation is not normalisable (fewer than four positive
    /// rows, f ∝ q^s with s ≤ −3 at the start, or f not falling at the end).</exception>
    public double Occupation(double momentum)
    {
        if (fermiDirac is { } fd)
        {
            return fd.Amplitude / (Math.Exp(momentum / fd.TemperatureRatio) + 1.0);
        }

        return continuation.Value.Value(momentum);
    }

    /// <summary>
    /// s(q) = d ln f/d ln q of <see cref="Occupation"/>, the source of the ncdm momentum hierarchy (Ma &amp;
    /// Bertschinger 1995 eqs. 56–58); −x/(1 + e^{−x}) with x = q/t for a Fermi–Dirac shape.
    /// </summary>
    /// <param name="momentum">q = p/T_ν0 today, &gt; 0.</param>
    /// <exception cref="InvalidDataException">As for <see cref="Occupation"/>.</exception>
    public double LogSlope(double momentum)
    {
        if (fermiDirac is { } fd)
        {
            double x = momentum / fd.TemperatureRatio;
            return -x / (1.0 + Math.Exp(-x));
        }

        return continuation.Value.LogSlope(momentum);
    }

    /// <summary>Relic density parameter Ω h² = m n/(ρ_c/h²) of the species with mass m (non-relativistic today).</summary>
    /// <param name="massKeV">Particle mass in keV, finite and &gt; 0.</param>
    public double OmegaH2(double massKeV)
    {
        RequirePositive(massKeV, nameof(massKeV), "the mass in keV");
        return massKeV * PhysicalConstants.KeVInGeV * NumberDensityPerCm3 / PhysicalConstants.CriticalDensityOverH2GeVPerCm3;
    }

    /// <summary>The mass in keV for which this distribution gives Ω h² = <paramref name="omegaH2"/> (Ω h² ∝ m).</summary>
    /// <param name="omegaH2">Target Ω h², finite and &gt; 0.</param>
    public double MassKeVForOmegaH2(double omegaH2)
    {
        RequirePositive(omegaH2, nameof(omegaH2), "Ω h²");
        return omegaH2 / OmegaH2(1.0);
    }

    /// <summary>The distribution with f multiplied by <paramref name="factor"/> (same q nodes and degeneracy).</summary>
    /// <param name="factor">Amplitude factor, finite and &gt; 0.</param>
    public MomentumDistribution Scaled(double factor)
    {
        RequirePositive(factor, nameof(factor), "the scale factor");
        return new MomentumDistribution(q, Array.ConvertAll(f, v => v * factor), Degeneracy, fermiDirac is { } fd ? (fd.TemperatureRatio, fd.Amplitude * factor) : null);
    }

    /// <summary>
    /// The distribution with its amplitude rescaled (shape and mass kept) so that Ω h² =
    /// <paramref name="omegaH2"/> for a particle of mass <paramref name="massKeV"/>.
    /// </summary>
    /// <param name="omegaH2">Target Ω h², finite and &gt; 0.</param>
    /// <param name="massKeV">Particle mass in keV, finite and &gt; 0.</param>
    public MomentumDistribution NormalisedToOmegaH2(double omegaH2, double massKeV)
    {
        RequirePositive(omegaH2, nameof(omegaH2), "Ω h²");
        return Scaled(omegaH2 / OmegaH2(massKeV));
    }

    /// <summary>
    /// Fermi–Dirac distribution f = 1/(e^{q/t} + 1) with t = T/T_ν0, tabulated on
    /// <paramref name="grid"/> (default <see cref="MomentumGrid.Default"/>) scaled by t; <see cref="Occupation"/>
    /// and <see cref="LogSlope"/> use the exact function.
    /// Moments: ∫q²f = (3/2) ζ(3) t³, ⟨q⟩ = 7π⁴ t/(180 ζ(3)) = 3.15137 t.
    /// </summary>
    /// <param name="temperatureRatio">t = T/T_ν0, finite and &gt; 0 (1 for an active-neutrino-like species).</param>
    /// <param name="degeneracy">Number of internal states g (2 for ν + ν̄ of one flavour or a Majorana fermion).</param>
    /// <param name="grid">Nodes in q/t.</param>
    public static MomentumDistribution FermiDirac(double temperatureRatio = 1, double degeneracy = 2, MomentumGrid? grid = null)
    {
        RequirePositive(temperatureRatio, nameof(temperatureRatio), "T/T_ν0");
        double[] nodes = (grid ?? MomentumGrid.Default).Nodes(temperatureRatio);
        return new MomentumDistribution(nodes, Array.ConvertAll(nodes, x => 1 / (Math.Exp(x / temperatureRatio) + 1)), degeneracy, (temperatureRatio, 1.0));
    }

    /// <summary>
    /// Bose–Einstein distribution f = 1/(e^{q/t} − 1) with t = T/T_ν0, tabulated on
    /// <paramref name="grid"/> (default <see cref="MomentumGrid.Default"/>) scaled by t.
    /// Moments: ∫q²f = 2 ζ(3) t³, ⟨q⟩ = π⁴ t/(30 ζ(3)) = 2.70118 t.
    /// </summary>
    /// <param name="temperatureRatio">t = T/T_ν0, finite and &gt; 0.</param>
    /// <param name="degeneracy">Number of internal states g (1 for a real scalar).</param>
    /// <param name="grid">Nodes in q/t.</param>
    public static MomentumDistribution BoseEinstein(double temperatureRatio = 1, double degeneracy = 1, MomentumGrid? grid = null)
    {
        double[] nodes = (grid ?? MomentumGrid.Default).Nodes(temperatureRatio);
        return new MomentumDistribution(nodes, Array.ConvertAll(nodes, x => 1 / SpecialFunctions.Expm1(x / temperatureRatio)), degeneracy);
    }

    /// <summary>
    /// T_X/T_ν0 of a Fermi–Dirac relic with <paramref name="degeneracy"/> internal states whose abundance is
    /// <paramref name="omegaH2"/>: Ω h² = m n/(ρ_c/h²) with n = g (3ζ(3)/4π²) T_X³ (Kolb &amp; Turner, The Early
    /// Universe, eq. 3.52), i.e. for g = 2 Ω h² = (T_X/T_ν0)³ m/94.07 eV, so t = (Ω h² · 94.07 eV/m)^{1/3}:
    /// 0.2243, 0.1780, 0.1507, 0.1287 at 1, 2, 3.3, 5.3 keV and Ω h² = 0.12 (CLASS v3.3.4 reference runs:
    /// T_ncdm = 0.16011208 T_CMB at 1 keV, i.e. T_X/T_ν0 = 0.16011208/0.71377 = 0.22432). The single source
    /// of the thermal-relic temperature; T_ν0 = <see cref="PhysicalConstants.NeutrinoTemperatureTodayGeV"/>.
    /// </summary>
    /// <param name="massKeV">Particle mass in keV, finite and &gt; 0.</param>
    /// <param name="omegaH2">Relic density Ω h², finite and &gt; 0.</param>
    /// <param name="degeneracy">Number of internal states g, finite and &gt; 0.</param>
    public static double ThermalRelicTemperatureRatio(double massKeV, double omegaH2 = 0.12, double degeneracy = 2)
    {
        RequirePositive(massKeV, nameof(massKeV), "the mass in keV");
        RequirePositive(omegaH2, nameof(omegaH2), "Ω h²");
        RequirePositive(degeneracy, nameof(degeneracy), "the degeneracy g");
        double temperaturePerCm = PhysicalConstants.NeutrinoTemperatureTodayGeV / PhysicalConstants.HbarCGeVCm;
        double numberPerCm3AtTNu = degeneracy * 3 * PhysicalConstants.Zeta3 / (4 * Math.PI * Math.PI) * Math.Pow(temperaturePerCm, 3);
        double omegaAtTNu = massKeV * PhysicalConstants.KeVInGeV * numberPerCm3AtTNu / PhysicalConstants.CriticalDensityOverH2GeVPerCm3;
        return Math.Cbrt(omegaH2 / omegaAtTNu);
    }

    /// <summary>
    /// Thermal relic ("thermal WDM"): a Fermi–Dirac spectrum (<see cref="FermiDirac"/>) at the temperature
    /// T_X/T_ν0 = <see cref="ThermalRelicTemperatureRatio"/> that gives Ω h² = <paramref name="omegaH2"/> for
    /// mass <paramref name="massKeV"/>.
    /// </summary>
    /// <param name="massKeV">Particle mass in keV, finite and &gt; 0.</param>
    /// <param name="omegaH2">Relic density Ω h², finite and &gt; 0.</param>
    /// <param name="degeneracy">Number of internal states g.</param>
    public static MomentumDistribution ThermalRelic(double massKeV, double omegaH2 = 0.12, double degeneracy = 2) =>
        FermiDirac(ThermalRelicTemperatureRatio(massKeV, omegaH2, degeneracy), degeneracy);

    /// <summary>
    /// A distribution computed at production in the variable x = p/T (at a temperature T where the
    /// entropy degrees of freedom are g*s,prod and production has ended), mapped to q = p/T_ν0 today.
    /// </summary>
    /// <remarks>
    /// After production the species streams freely, so p ∝ 1/a and f is constant along the momentum:
    /// f₀(q) = f_prod(x). Entropy conservation g*s a³ T³ = const between production and today gives
    /// (a T)_prod/(a T_γ)₀ = (g*s0/g*s,prod)^{1/3} with g*s0 = 43/11 counted with the photon temperature,
    /// and T_γ0/T_ν0 = (11/4)^{1/3}. Hence
    /// q = p₀/T_ν0 = x (a T)_prod/(a T_ν)₀ = x (g*s0 · (11/4)/g*s,prod)^{1/3} = x (10.75/g*s,prod)^{1/3},
    /// so x taken where g*s = 10.75 (photons, e±, three neutrino flavours: between muon annihilation and
    /// neutrino decoupling) maps to q = x: the species then cools exactly like the active neutrinos.
    /// (Entropy conservation: Kolb &amp; Turner, The Early Universe, ch. 3; the same rescaling of a
    /// sterile-neutrino spectrum: König, Merle &amp; Totzauer 2016, arXiv:1609.01289.)
    /// </remarks>
    /// <param name="x">x = p/T at production: finite, &gt; 0, strictly increasing.</param>
    /// <param name="f">f(x) per internal state.</param>
    /// <param name="entropyDofAtProduction">g*s at the temperature where x is defined, finite and &gt; 0.</param>
    /// <param name="degeneracy">Number of internal states g.</param>
    public static MomentumDistribution FromProductionVariable(IReadOnlyList<double> x, IReadOnlyList<double> f, double entropyDofAtProduction, double degeneracy = 2)
    {
        ArgumentNullException.ThrowIfNull(x);
        RequirePositive(entropyDofAtProduction, nameof(entropyDofAtProduction), "g*s at production");
        double ratio = Math.Cbrt(PhysicalConstants.EntropyDofToday * 11.0 / 4.0 / entropyDofAtProduction);
        var qNodes = new double[x.Count];
        for (int i = 0; i < qNodes.Length; i++)
        {
            qNodes[i] = x[i] * ratio;
        }

        return new MomentumDistribution(qNodes, f, degeneracy);
    }

    private double TailIntegral()
    {
        double below = 0;
        if (f[0] > 0)
        {
            double slope = f[1] > 0 ? Math.Log(f[1] / f[0]) / Math.Log(q[1] / q[0]) : double.NegativeInfinity;
            below = double.IsNegativeInfinity(slope) ? 0
                : slope > -3 ? Math.Pow(q[0], 3) * f[0] / (3 + slope)
                : double.PositiveInfinity;
        }

        double above = 0;
        int last = q.Length - 1;
        if (f[last] > 0)
        {
            if (f[last - 1] > f[last])
            {
                double decay = (q[last] - q[last - 1]) / Math.Log(f[last - 1] / f[last]);
                double qn = q[last];
                above = f[last] * decay * ((qn * qn) + (2 * qn * decay) + (2 * decay * decay));
            }
            else
            {
                above = double.PositiveInfinity;
            }
        }

        return below + above;
    }

    private static void RequirePositive(double value, string name, string what)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, what + " must be finite and > 0");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
