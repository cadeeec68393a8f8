namespace Freestream.Cosmology;

/// <summary>
/// Power-law primordial curvature spectrum P_R(k) = A_s (k/k*)^{n_s − 1} (docs/physics/boltzmann.md §2; Planck 2018 VI eq. 1).
/// </summary>
public static class PrimordialSpectrum
{
    /// <summary>Dimensionless P_R(k) for k in 1/Mpc.</summary>
    public static double Curvature(CosmologyParameters parameters, double kInvMpc)
        => parameters.ScalarAmplitude * Math.Pow(kInvMpc / parameters.PivotScaleInvMpc, parameters.SpectralIndex - 1);
}
