namespace Freestream.Tests.Cosmology;

/// <summary>
/// Test-only stand-in for the thermal history (NOT physics-grade): tanh hydrogen recombination at
/// z = 1150 (width 90), residual x_e = 2e-4, tanh reionisation at z = 7.7, T_b = T_γ coupled until z ≈ 150.
/// Used only for large-scale and cost experiments before the real Thermodynamics is available.
/// </summary>
internal static class CrudeThermalHistory
{
    private const double SigmaThomsonCm2 = 6.6524587e-25;
    private const double MpcCm = 3.08567758149e24;

    public static double FreeElectronFraction(double z)
    {
        const double fHe = 0.0818;
        double xe = (1 + fHe) * 0.5 * (1 + Math.Tanh((z - 1150) / 90)) + 2e-4;
        xe += fHe * 0.5 * (1 + Math.Tanh((z - 6000) / 500));
        double yRe = Math.Pow(1 + 7.7, 1.5), y = Math.Pow(1 + z, 1.5), dy = 1.5 * Math.Sqrt(1 + 7.7) * 0.5;
        xe += (1 + fHe - xe) * 0.5 * (1 + Math.Tanh((yRe - y) / dy));
        return xe;
    }

    public static double OpacityInvMpc(double z)
    {
        double nH0 = (1 - 0.2454) * 0.02237 * 1.05371e-5 / 0.938783;
        return FreeElectronFraction(z) * nH0 * (1 + z) * (1 + z) * SigmaThomsonCm2 * MpcCm;
    }

    public static double SoundSpeedSquared(double z)
    {
        const double zd = 150;
        double tb = 2.7255 * (1 + z) / (1 + (1 + zd) / (1 + z));
        double dlnT = -(1 + 2 * (1 + zd) / (1 + z)) / (1 + (1 + zd) / (1 + z));
        double xe = FreeElectronFraction(z);
        double mu = 1 / ((1 - 0.2454) * (1 + xe) + 0.2454 / 3.9715);
        return 8.617333262e-14 * tb / (mu * 0.938783) * (1 - dlnT / 3);
    }
}
