using MathNet.Numerics.Interpolation;

namespace Freestream.Cosmology;

/// <summary>
/// Linear total-matter power spectrum P(k) = 2π² k⁻³ P_R(k) δ_m(k)² (docs/physics/boltzmann.md §2, §6) on a k grid, in
/// h/Mpc and (Mpc/h)³, with σ_8.
/// </summary>
/// <param name="KHMpc">Wavenumbers in h/Mpc, strictly increasing.</param>
/// <param name="PowerHMpc3">P(k) in (Mpc/h)³.</param>
/// <param name="Redshift">Redshift of the spectrum.</param>
public sealed record MatterPower(double[] KHMpc, double[] PowerHMpc3, double Redshift)
{
    /// <summary>Builds P(k) from the matter contrasts per unit curvature δ_m(k) of a perturbation run.</summary>
    /// <param name="parameters">Cosmology (A_s, n_s, k*, h).</param>
    /// <param name="kHMpc">Wavenumbers in h/Mpc.</param>
    /// <param name="matterContrast">δ_m per unit initial curvature at each k.</param>
    /// <param name="redshift">Redshift.</param>
    public static MatterPower FromContrast(CosmologyParameters parameters, double[] kHMpc, double[] matterContrast, double redshift)
    {
        double h = parameters.H;
        var power = new double[kHMpc.Length];
        for (int i = 0; i < power.Length; i++)
        {
            double k = kHMpc[i] * h;
            power[i] = 2 * Math.PI * Math.PI / (k * k * k) * PrimordialSpectrum.Curvature(parameters, k) * matterContrast[i] * matterContrast[i] * h * h * h;
        }

        return new MatterPower(kHMpc, power, redshift);
    }

    /// <summary>P(k) at any k inside the grid: cubic spline of ln P in ln k (Mpc/h)³.</summary>
    public double Evaluate(double kHMpc)
    {
        if (!(kHMpc >= KHMpc[0] * (1 - 1e-12) && kHMpc <= KHMpc[^1] * (1 + 1e-12)))
        {
            throw new ArgumentOutOfRangeException(nameof(kHMpc), kHMpc, $"k must lie in [{KHMpc[0]}, {KHMpc[^1]}] h/Mpc");
        }

        return Math.Exp(LogSpline.Interpolate(Math.Log(kHMpc)));
    }

    private CubicSpline LogSpline => logSpline ??= CubicSpline.InterpolateNaturalSorted(KHMpc.Select(v => Math.Log(v)).ToArray(), PowerHMpc3.Select(v => Math.Log(v)).ToArray());

    private CubicSpline? logSpline;

    /// <summary>
    /// σ_R² = ∫ d ln k k³P(k)/(2π²) W²(kR), W(x) = 3(sin x − x cos x)/x³, over the tabulated range (trapezoid on
    /// 4000 points in ln k of the spline); R = 8 Mpc/h gives σ_8.
    /// </summary>
    public double Sigma(double radiusMpcOverH = 8)
    {
        const int n = 4000;
        double lo = Math.Log(KHMpc[0]), hi = Math.Log(KHMpc[^1]);
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double lnk = lo + (hi - lo) * i / (n - 1);
            double k = Math.Exp(lnk);
            double x = k * radiusMpcOverH;
            double w = x < 1e-3 ? 1 - x * x / 10 : 3 * (Math.Sin(x) - x * Math.Cos(x)) / (x * x * x);
            double integrand = k * k * k * Math.Exp(LogSpline.Interpolate(lnk)) / (2 * Math.PI * Math.PI) * w * w;
            sum += (i == 0 || i == n - 1 ? 0.5 : 1) * integrand;
        }

        return Math.Sqrt(sum * (hi - lo) / (n - 1));
    }
}
