using Freestream.Cosmology;
using Freestream.Production;
using Freestream.Thermal;
using Freestream.Distributions;

namespace Freestream.Structure;

/// <summary>Cold / warm / hot label of a free-streaming length (Boyarsky et al. 2009, arXiv:0812.3256).</summary>
public enum FreeStreamingClass
{
    /// <summary>λ_FS below the cold limit (default 0.01 Mpc).</summary>
    Cold,

    /// <summary>Between the cold and warm limits (default 0.01–0.1 Mpc).</summary>
    Warm,

    /// <summary>Above the warm limit (default 0.1 Mpc).</summary>
    Hot,
}

/// <summary>Free-streaming length of one momentum distribution and mass.</summary>
/// <param name="LengthMpc">λ_FS in comoving Mpc with the configured velocity average.</param>
/// <param name="ExactMpc">λ_FS with the exact ⟨v⟩ over f(q).</param>
/// <param name="MeanMomentumMpc">λ_FS with the velocity of the mean momentum.</param>
/// <param name="ClosedFormMpc">
/// Closed-form estimate (c a_nr/(H₀√Ω_r)) [ln(a_eq/a_nr) + 1.897], a_nr = ⟨q⟩T_ν0/m (docs/physics/structure.md §1.3).
/// </param>
/// <param name="MeanQ">⟨q⟩ = ⟨p⟩/T_ν0 today.</param>
/// <param name="Class">Cold / warm / hot label of <paramref name="LengthMpc"/>.</param>
public sealed record FreeStreamingResult(double LengthMpc, double ExactMpc, double MeanMomentumMpc, double ClosedFormMpc, double MeanQ, FreeStreamingClass Class)
{
    /// <summary>Lower-case label: "cold", "warm" or "hot".</summary>
    public string ClassName => Class.ToString().ToLowerInvariant();
}

/// <summary>
/// Free-streaming length λ_FS = ∫_{t_prod}^{t_0} ⟨v⟩/a dt = c ∫ ⟨v⟩(a) d ln a/(a H(a)) in comoving Mpc,
/// with p = p₀/a after production (docs/physics/structure.md §1.1; Boyarsky et al. 2009, arXiv:0812.3256, eq. 4.1;
/// Merle &amp; Totzauer 2015, arXiv:1502.01011, §5). Indicative only: König et al. 2016 (arXiv:1609.01289)
/// show it fails for strongly non-thermal spectra.
/// </summary>
public static class FreeStreamingLength
{
    /// <summary>Constant of the closed-form estimate for Fermi–Dirac-shaped spectra (docs/physics/structure.md §1.3).</summary>
    public const double ClosedFormConstant = 1.897;

    /// <summary>λ_FS of a <see cref="MomentumDistribution"/> (its table nodes, trapezoidal rule).</summary>
    public static FreeStreamingResult Compute(MomentumDistribution distribution, double massKeV, CosmologyParameters cosmology, FreeStreamingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return Compute(distribution.Q, distribution.F, massKeV, cosmology, settings);
    }

    /// <summary>λ_FS of a tabulated f(q), q = p/T_ν0 today (non-uniform q allowed, trapezoidal rule).</summary>
    /// <param name="q">Momentum nodes q = p/T_ν0, increasing, ≥ 0.</param>
    /// <param name="f">Occupation f(q) at the nodes (≥ 0).</param>
    /// <param name="massKeV">Particle mass in keV.</param>
    /// <param name="cosmology">Background (<see cref="LateTimeExpansion"/>: photons, N_eff massless neutrinos, matter, Λ).</param>
    /// <param name="settings">Velocity average, labels, production scale factor, quadrature.</param>
    public static FreeStreamingResult Compute(IReadOnlyList<double> q, IReadOnlyList<double> f, double massKeV, CosmologyParameters cosmology, FreeStreamingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(cosmology);
        ArgumentNullException.ThrowIfNull(settings);
        SettingsChecks.Positive(massKeV, nameof(massKeV));
        if (q.Count != f.Count || q.Count < 3)
        {
            throw new ArgumentException($"q and f need the same length ≥ 3, got {q.Count} and {f.Count}", nameof(f));
        }

        // Weights w_i = q_i² f_i Δq_i (trapezoid), normalised: ⟨g⟩ = Σ w_i g(q_i).
        int n = q.Count;
        var weights = new double[n];
        double norm = 0;
        double meanQ = 0;
        for (int i = 0; i < n; i++)
        {
            if (!(f[i] >= 0) || (i > 0 && !(q[i] > q[i - 1])) || q[0] < 0)
            {
                throw new ArgumentException($"f must be ≥ 0 and q ≥ 0 strictly increasing; row {i} has q = {q[i]}, f = {f[i]}", nameof(q));
            }

            double left = i > 0 ? q[i] - q[i - 1] : 0;
            double right = i < n - 1 ? q[i + 1] - q[i] : 0;
            weights[i] = q[i] * q[i] * f[i] * 0.5 * (left + right);
            norm += weights[i];
            meanQ += weights[i] * q[i];
        }

        if (!(norm > 0))
        {
            throw new ArgumentException("the momentum distribution is empty (∫ q² f dq = 0)", nameof(f));
        }

        for (int i = 0; i < n; i++)
        {
            weights[i] /= norm;
        }

        meanQ /= norm;

        var background = new LateTimeExpansion(cosmology);
        double massOverTNu = massKeV * PhysicalConstants.KeVInGeV / PhysicalConstants.NeutrinoTemperatureTodayGeV;
        double aNonRelativistic = meanQ / massOverTNu;
        double aLow = Math.Max(1e-3 * aNonRelativistic, settings.ProductionScaleFactor);
        int steps = Math.Max(8, (int)Math.Ceiling(-Math.Log(aLow) * settings.StepsPerEFold));
        if (steps % 2 == 1)
        {
            steps++;
        }

        double h = -Math.Log(aLow) / steps;
        double exact = 0;
        double meanMomentum = 0;
        for (int j = 0; j <= steps; j++)
        {
            double a = Math.Min(aLow * Math.Exp(j * h), 1);
            double mu = massOverTNu * a;
            double vExact = 0;
            for (int i = 0; i < n; i++)
            {
                vExact += weights[i] * q[i] / Math.Sqrt(q[i] * q[i] + mu * mu);
            }

            double vMean = meanQ / Math.Sqrt(meanQ * meanQ + mu * mu);
            double simpson = j == 0 || j == steps ? 1 : j % 2 == 1 ? 4 : 2;
            double jacobian = 1 / (a * background.HubbleKmPerSecPerMpc(a));
            exact += simpson * vExact * jacobian;
            meanMomentum += simpson * vMean * jacobian;
        }

        double c = PhysicalConstants.SpeedOfLightKmPerS;

        // Relativistic radiation era below aLow (v = 1, a H = H₀√Ω_r/a): c (aLow − a_prod)/(H₀ √Ω_r).
        double early = c * (aLow - settings.ProductionScaleFactor) / (background.HubbleTodayKmPerSecPerMpc * Math.Sqrt(background.OmegaRadiation));
        exact = c * exact * h / 3 + early;
        meanMomentum = c * meanMomentum * h / 3 + early;
        double aEquality = background.EqualityScaleFactor;
        double closedForm = c * aNonRelativistic / (background.HubbleTodayKmPerSecPerMpc * Math.Sqrt(background.OmegaRadiation))
            * (Math.Log(aEquality / aNonRelativistic) + ClosedFormConstant);
        double length = settings.Average == VelocityAverage.Exact ? exact : meanMomentum;
        return new FreeStreamingResult(length, exact, meanMomentum, closedForm, meanQ, Classify(length, settings));
    }

    /// <summary>Cold below <see cref="FreeStreamingSettings.ColdBelowMpc"/>, warm below <see cref="FreeStreamingSettings.WarmBelowMpc"/>, hot above.</summary>
    public static FreeStreamingClass Classify(double lengthMpc, FreeStreamingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return lengthMpc < settings.ColdBelowMpc ? FreeStreamingClass.Cold
            : lengthMpc < settings.WarmBelowMpc ? FreeStreamingClass.Warm
            : FreeStreamingClass.Hot;
    }

    /// <summary>Indicative verdict: cold → allowed, warm → marginal, hot → excluded.</summary>
    public static Verdict Judge(FreeStreamingResult result, FreeStreamingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        return new Verdict(
            "freeStreaming",
            Classify(result.LengthMpc, settings) switch
            {
                FreeStreamingClass.Cold => VerdictLevel.Allowed,
                FreeStreamingClass.Warm => VerdictLevel.Marginal,
                _ => VerdictLevel.Excluded,
            },
            result.LengthMpc,
            "Mpc",
            "indicative only: cold (< cold limit) allowed, warm marginal, hot (>= warm limit) excluded",
            [
                new ReferenceValue("cold/warm limit", settings.ColdBelowMpc, "Mpc", "Boyarsky et al. 2009 (arXiv:0812.3256)"),
                new ReferenceValue("warm/hot limit", settings.WarmBelowMpc, "Mpc", "Boyarsky et al. 2009 (arXiv:0812.3256)"),
            ]);
    }
}
