using Freestream.Cosmology;
using MathNet.Numerics.Interpolation;

namespace Freestream.Structure;

/// <summary>
/// A model spectrum and its CDM reference resampled on one uniform ln k grid (cubic spline in
/// ln k – ln P of the input table), shared by every criterion so that each is judged on identical
/// numerics. Below the table P continues as a power law with the slope of the first points; above
/// it P_CDM continues with the slope of the last half e-fold and T² stays at its last tabulated
/// value (the model's tail is therefore never under-estimated).
/// </summary>
public sealed class PowerSpectrumGrid
{
    private PowerSpectrumGrid(TransferFunction transfer, SampledSpectrum model, SampledSpectrum cdm)
    {
        Transfer = transfer;
        Model = model;
        Cdm = cdm;
    }

    /// <summary>The input transfer function.</summary>
    public TransferFunction Transfer { get; }

    /// <summary>The model spectrum.</summary>
    public SampledSpectrum Model { get; }

    /// <summary>The CDM spectrum of the same cosmology.</summary>
    public SampledSpectrum Cdm { get; }

    /// <summary>Largest tabulated k in h/Mpc; beyond it the spectra are extrapolated.</summary>
    public double TableKMaxHMpc => Transfer.KHMpc[^1];

    /// <summary>
    /// Resamples a transfer function with <paramref name="pointsPerDecade"/> nodes per decade from the
    /// first tabulated k to max(last tabulated k, <paramref name="kMaxHMpc"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">Fewer than 8 points, k not increasing, or P ≤ 0.</exception>
    public static PowerSpectrumGrid Create(TransferFunction transfer, int pointsPerDecade = 200, double kMaxHMpc = 0)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var k = transfer.KHMpc;
        Check(transfer);
        var lnK = new double[k.Length];
        for (int i = 0; i < k.Length; i++)
        {
            lnK[i] = Math.Log(k[i]);
        }

        double lnKMin = lnK[0];
        double lnKMax = Math.Max(lnK[^1], kMaxHMpc > 0 ? Math.Log(kMaxHMpc) : lnK[^1]);
        int n = Math.Max(8, (int)Math.Ceiling((lnKMax - lnKMin) / Math.Log(10) * pointsPerDecade) + 1);
        double dLnK = (lnKMax - lnKMin) / (n - 1);

        var lnCdm = LogOf(transfer.PowerCdm, nameof(TransferFunction.PowerCdm));
        var lnModel = LogOf(transfer.PowerModel, nameof(TransferFunction.PowerModel));
        var cdmSpline = CubicSpline.InterpolateNaturalSorted(lnK, lnCdm);
        var modelSpline = CubicSpline.InterpolateNaturalSorted(lnK, lnModel);
        double lowSlope = (lnCdm[1] - lnCdm[0]) / (lnK[1] - lnK[0]);
        double highSlope = EndSlope(lnK, lnCdm);
        double lastLogT2 = lnModel[^1] - lnCdm[^1];

        var cdmGrid = new double[n];
        var modelGrid = new double[n];
        for (int i = 0; i < n; i++)
        {
            double x = lnKMin + i * dLnK;
            if (x <= lnK[^1])
            {
                cdmGrid[i] = cdmSpline.Interpolate(x);
                modelGrid[i] = modelSpline.Interpolate(x);
            }
            else
            {
                cdmGrid[i] = lnCdm[^1] + highSlope * (x - lnK[^1]);
                modelGrid[i] = cdmGrid[i] + lastLogT2;
            }
        }

        double modelLowSlope = (lnModel[1] - lnModel[0]) / (lnK[1] - lnK[0]);
        return new PowerSpectrumGrid(
            transfer,
            new SampledSpectrum(lnKMin, dLnK, modelGrid, modelLowSlope, highSlope),
            new SampledSpectrum(lnKMin, dLnK, cdmGrid, lowSlope, highSlope));
    }

    private static void Check(TransferFunction transfer)
    {
        var k = transfer.KHMpc;
        if (k.Length < 8 || transfer.PowerModel.Length != k.Length || transfer.PowerCdm.Length != k.Length)
        {
            throw new InvalidDataException($"a transfer function needs at least 8 k values and equal-length spectra, got {k.Length} k values");
        }

        for (int i = 0; i < k.Length; i++)
        {
            if (!(k[i] > 0) || !double.IsFinite(k[i]) || (i > 0 && !(k[i] > k[i - 1])))
            {
                throw new InvalidDataException($"k must be positive and strictly increasing; row {i} has k = {k[i]} h/Mpc");
            }
        }
    }

    private static double[] LogOf(double[] power, string name)
    {
        var log = new double[power.Length];
        for (int i = 0; i < power.Length; i++)
        {
            if (!(power[i] > 0) || !double.IsFinite(power[i]))
            {
                throw new InvalidDataException($"{name} must be positive and finite; row {i} has {power[i]}");
            }

            log[i] = Math.Log(power[i]);
        }

        return log;
    }

    /// <summary>Log slope of P over the last half e-fold of the table (at least the last two points).</summary>
    private static double EndSlope(double[] lnK, double[] lnP)
    {
        int last = lnK.Length - 1;
        int j = last - 1;
        while (j > 0 && lnK[last] - lnK[j] < 0.5)
        {
            j--;
        }

        return (lnP[last] - lnP[j]) / (lnK[last] - lnK[j]);
    }
}
