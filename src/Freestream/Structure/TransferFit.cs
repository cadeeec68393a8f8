using Freestream.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Freestream.Structure;

/// <summary>The (α, β, γ) fit of one transfer function.</summary>
/// <param name="AlphaMpcH">α in Mpc/h.</param>
/// <param name="Beta">β &gt; 0.</param>
/// <param name="Gamma">γ &lt; 0.</param>
/// <param name="RmsResidual">Root-mean-square of T_fit − T over the fit window.</param>
/// <param name="MaxResidual">Largest |T_fit − T| over the window.</param>
/// <param name="WindowHMpc">The fitted k window [k_lo, k_hi] in h/Mpc.</param>
public sealed record TransferFitResult(double AlphaMpcH, double Beta, double Gamma, double RmsResidual, double MaxResidual, double[] WindowHMpc)
{
    /// <summary>T(k) = [1 + (αk)^β]^γ of the fit.</summary>
    public double Transfer(double kHMpc) => TransferFit.Evaluate(kHMpc, AlphaMpcH, Beta, Gamma);

    /// <summary>
    /// k_1/2 of the fit: (1/α)[(1/2)^{1/γ} − 1]^{1/β} for T = 1/2, with (1/2)^{1/(2γ)} for T² = 1/2
    /// (Murgia et al. 2017, arXiv:1704.07838, §2).
    /// </summary>
    public double HalfModeHMpc(HalfModeConvention convention)
    {
        double exponent = convention == HalfModeConvention.Amplitude ? 1 / Gamma : 1 / (2 * Gamma);
        return Math.Pow(Math.Pow(0.5, exponent) - 1, 1 / Beta) / AlphaMpcH;
    }
}

/// <summary>
/// Least-squares fit of T(k) = [1 + (αk)^β]^γ (Murgia, Merle, Viel, Totzauer &amp; Schneider 2017,
/// arXiv:1704.07838, eq. 2.1) to a computed transfer function, by Levenberg–Marquardt (MathNet) over
/// the window where T drops from ≈1 to <see cref="TransferFitSettings.LowestTransfer"/>, log-spaced in k,
/// uniform weights in T. Starts from the thermal shape (β = 2.24, γ = −4.46) with the same k_1/2.
/// </summary>
public static class TransferFit
{
    /// <summary>Thermal-WDM β = 2ν (ν = 1.12, Viel et al. 2005).</summary>
    public const double ThermalBeta = 2.24;

    /// <summary>Thermal-WDM γ = −5/ν.</summary>
    public const double ThermalGamma = -5 / 1.12;

    /// <summary>
    /// Bounds of α relative to the thermal-shape start α₀ ∝ 1/k_1/2: α sets the cut-off scale, so its search
    /// range must move with the spectrum (fixed bounds excluded very hot spectra with k_1/2 ≲ 0.05 h/Mpc).
    /// </summary>
    private static readonly (double Min, double Max) AlphaRange = (1e-3, 1e3);

    /// <summary>T(k) = [1 + (αk)^β]^γ.</summary>
    public static double Evaluate(double kHMpc, double alpha, double beta, double gamma) =>
        Math.Pow(1 + Math.Pow(alpha * kHMpc, beta), gamma);

    /// <summary>Fits (α, β, γ); null when T never drops to 1/2 (no suppression to fit).</summary>
    public static TransferFitResult? Fit(TransferShape shape, TransferFitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(settings);
        double? kHalf = shape.FirstDownwardCrossing(0.25);
        if (kHalf is not double half)
        {
            return null;
        }

        double kHigh = shape.FirstDownwardCrossing(settings.LowestTransfer * settings.LowestTransfer) ?? shape.KMaxHMpc;
        double kLow = Math.Max(settings.WindowStartFraction * half, shape.KMinHMpc);
        int n = settings.Points;
        double[] x = LogGrid.Create(kLow, kHigh, n);
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = Math.Sqrt(Math.Max(shape.TransferSquared(x[i]), 0));
        }

        double alpha0 = Math.Pow(Math.Pow(0.5, 1 / ThermalGamma) - 1, 1 / ThermalBeta) / half;
        var model = ObjectiveFunction.NonlinearModel(
            (p, k) => Evaluate(k, p[0], p[1], p[2]),
            (p, k) => Gradient(k, p[0], p[1], p[2]),
            Vector<double>.Build.DenseOfArray(x),
            Vector<double>.Build.DenseOfArray(y),
            Vector<double>.Build.Dense(n, 1.0));
        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: 2000);
        var start = Vector<double>.Build.DenseOfArray([alpha0, ThermalBeta, ThermalGamma]);
        var lower = Vector<double>.Build.DenseOfArray([alpha0 * AlphaRange.Min, 0.2, -60]);
        var upper = Vector<double>.Build.DenseOfArray([alpha0 * AlphaRange.Max, 40, -0.02]);
        var result = minimizer.FindMinimum(model, start, lower, upper);
        var best = result.MinimizingPoint;

        double sum = 0;
        double max = 0;
        for (int i = 0; i < n; i++)
        {
            double r = Evaluate(x[i], best[0], best[1], best[2]) - y[i];
            sum += r * r;
            max = Math.Max(max, Math.Abs(r));
        }

        return new TransferFitResult(best[0], best[1], best[2], Math.Sqrt(sum / n), max, [kLow, kHigh]);
    }

    private static Vector<double> Gradient(double k, double alpha, double beta, double gamma)
    {
        double u = Math.Pow(alpha * k, beta);
        double t = Math.Pow(1 + u, gamma);
        double common = gamma * t / (1 + u) * u;
        return Vector<double>.Build.DenseOfArray([common * beta / alpha, common * Math.Log(alpha * k), t * Math.Log(1 + u)]);
    }
}
