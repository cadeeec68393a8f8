namespace Freestream.Cosmology;

/// <summary>
/// Linear matter power of a model and of the CDM run with the same cosmology, sampled on one k grid,
/// with the squared transfer function T²(k) = P_model(k)/P_CDM(k).
/// </summary>
/// <param name="KHMpc">Wavenumbers in h/Mpc, strictly increasing.</param>
/// <param name="PowerModel">Total-matter P(k) of the model in (Mpc/h)³.</param>
/// <param name="PowerCdm">Total-matter P(k) of the CDM reference in (Mpc/h)³.</param>
/// <param name="Redshift">Redshift of the spectra.</param>
public sealed record TransferFunction(double[] KHMpc, double[] PowerModel, double[] PowerCdm, double Redshift)
{
    /// <summary>T²(k) = P_model/P_CDM at each k.</summary>
    public double[] TransferSquared { get; } = Ratio(PowerModel, PowerCdm);

    private static double[] Ratio(double[] model, double[] cdm)
    {
        if (model.Length != cdm.Length)
        {
            throw new ArgumentException("model and CDM spectra must have the same length");
        }

        var t2 = new double[model.Length];
        for (int i = 0; i < t2.Length; i++)
        {
            t2[i] = model[i] / cdm[i];
        }

        return t2;
    }
}
