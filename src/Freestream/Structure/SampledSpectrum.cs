namespace Freestream.Structure;

/// <summary>
/// One linear power spectrum resampled on a uniform ln k grid, with the running integrals every
/// criterion needs: the sharp-k variance S(k) = (1/2π²) ∫_0^k k′² P dk′ and the 1D projection
/// ∫_k^∞ k′ P dk′. Below and above the grid P(k) continues as a power law (analytic end pieces).
/// </summary>
/// <remarks>k in h/Mpc, P in (Mpc/h)³. Integrals by the trapezoidal rule in ln k.</remarks>
public sealed class SampledSpectrum
{
    private readonly double lnKMin;
    private readonly double dLnK;
    private readonly double[] lnPower;
    private readonly double[] variance;
    private readonly double[] projection;
    private readonly double lowSlope;
    private readonly double highSlope;

    internal SampledSpectrum(double lnKMin, double dLnK, double[] lnPower, double lowSlope, double highSlope)
    {
        if (highSlope >= -2)
        {
            throw new ArgumentOutOfRangeException(nameof(highSlope), highSlope, $"the power spectrum must fall faster than k^-2 at the high-k end of the table (the 1D projection diverges otherwise), got slope {highSlope}");
        }

        this.lnKMin = lnKMin;
        this.dLnK = dLnK;
        this.lnPower = lnPower;
        this.lowSlope = lowSlope;
        this.highSlope = highSlope;
        int n = lnPower.Length;
        variance = new double[n];
        projection = new double[n];

        // S(k) = (1/2π²) ∫ k³ P d ln k; below the grid P ∝ k^lowSlope gives k0³ P0/(3 + lowSlope).
        double k0 = Math.Exp(lnKMin);
        double integrand0 = k0 * k0 * k0 * Math.Exp(lnPower[0]);
        double running = integrand0 / (3 + lowSlope);
        variance[0] = running;
        double previous = integrand0;
        for (int i = 1; i < n; i++)
        {
            double k = Math.Exp(lnKMin + i * dLnK);
            double current = k * k * k * Math.Exp(lnPower[i]);
            running += 0.5 * dLnK * (previous + current);
            variance[i] = running;
            previous = current;
        }

        for (int i = 0; i < n; i++)
        {
            variance[i] /= 2 * Math.PI * Math.PI;
        }

        // ∫_k^∞ k′² P d ln k′; above the grid P ∝ k^highSlope gives kN² PN/(−(2 + highSlope)).
        double kN = Math.Exp(lnKMin + (n - 1) * dLnK);
        double integrandN = kN * kN * Math.Exp(lnPower[n - 1]);
        running = integrandN / -(2 + highSlope);
        projection[n - 1] = running;
        previous = integrandN;
        for (int i = n - 2; i >= 0; i--)
        {
            double k = Math.Exp(lnKMin + i * dLnK);
            double current = k * k * Math.Exp(lnPower[i]);
            running += 0.5 * dLnK * (previous + current);
            projection[i] = running;
            previous = current;
        }
    }

    /// <summary>Smallest k of the grid in h/Mpc.</summary>
    public double KMinHMpc => Math.Exp(lnKMin);

    /// <summary>Largest k of the grid in h/Mpc.</summary>
    public double KMaxHMpc => Math.Exp(lnKMin + (lnPower.Length - 1) * dLnK);

    /// <summary>P(k) in (Mpc/h)³, log-linear between nodes, power laws outside the grid.</summary>
    public double Power(double kHMpc)
    {
        double x = (Math.Log(kHMpc) - lnKMin) / dLnK;
        int last = lnPower.Length - 1;
        if (x <= 0)
        {
            return Math.Exp(lnPower[0] + lowSlope * x * dLnK);
        }

        if (x >= last)
        {
            return Math.Exp(lnPower[last] + highSlope * (x - last) * dLnK);
        }

        int i = (int)x;
        double w = x - i;
        return Math.Exp((1 - w) * lnPower[i] + w * lnPower[i + 1]);
    }

    /// <summary>
    /// Sharp-k variance S = σ²(R) = (1/2π²) ∫_0^{k} k′² P(k′) dk′ with k = 1/R (dimensionless).
    /// </summary>
    public double SharpKVariance(double kHMpc)
    {
        double x = (Math.Log(kHMpc) - lnKMin) / dLnK;
        int last = variance.Length - 1;
        if (x <= 0)
        {
            double k = kHMpc;
            return k * k * k * Power(k) / (3 + lowSlope) / (2 * Math.PI * Math.PI);
        }

        if (x >= last)
        {
            double kN = KMaxHMpc;
            double pN = Math.Exp(lnPower[last]);
            double exponent = 3 + highSlope;
            double extra = Math.Abs(exponent) < 1e-12
                ? kN * kN * kN * pN * Math.Log(kHMpc / kN)
                : kN * kN * kN * pN * (Math.Pow(kHMpc / kN, exponent) - 1) / exponent;
            return variance[last] + extra / (2 * Math.PI * Math.PI);
        }

        int i = (int)x;
        double w = x - i;
        return (1 - w) * variance[i] + w * variance[i + 1];
    }

    /// <summary>
    /// The 1D projection P_1D(k) = (1/2π) ∫_k^∞ k′ P(k′) dk′ in Mpc/h (Murgia et al. 2017, eq. 3.1).
    /// </summary>
    public double OneDimensionalPower(double kHMpc)
    {
        double x = (Math.Log(kHMpc) - lnKMin) / dLnK;
        int last = projection.Length - 1;
        if (x < 0 || x > last)
        {
            throw new ArgumentOutOfRangeException(nameof(kHMpc), kHMpc, $"k must lie inside the tabulated range [{KMinHMpc}, {KMaxHMpc}] h/Mpc");
        }

        int i = Math.Min((int)x, last - 1);
        double w = x - i;
        return ((1 - w) * projection[i] + w * projection[i + 1]) / (2 * Math.PI);
    }
}
