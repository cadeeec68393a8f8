namespace Freestream.Cosmology;

/// <summary>
/// Tanh reionisation history in the CAMB/CLASS form (Lewis 2008, arXiv:0804.3865, appendix B):
/// x_e = x_e^rec + (1 + f_He − x_e^rec)·½[1 + tanh((y_re − y)/Δy)] + f_He·½[1 + tanh((z_He − z)/Δz_He)],
/// y = (1+z)^{3/2}, Δy = (3/2)(1 + z_re)^{1/2} Δz. As in CLASS, τ_reio is the optical depth up to
/// z_start = z_re + (start factor)·Δz; unlike CLASS the tanh tail is not cut there (it is below 1e-7 of
/// x_e^rec at z_start and vanishes in double precision by z ~ 30), which keeps x_e smooth.
/// Hydrogen and the first helium ionisation share the first step; the second helium ionisation
/// (He II → He III) is the second step.
/// </summary>
internal sealed class Reionization
{
    private readonly double heliumFraction;
    private readonly double yReionization;
    private readonly double deltaY;
    private readonly double heliumRedshift;
    private readonly double heliumWidth;

    /// <summary>Creates the history for the midpoint redshift z_re.</summary>
    /// <param name="redshift">z_re, where hydrogen is half reionised.</param>
    /// <param name="heliumFraction">f_He = n_He/n_H.</param>
    /// <param name="settings">Widths, helium redshift and start factor.</param>
    public Reionization(double redshift, double heliumFraction, ThermodynamicsSettings settings)
    {
        Redshift = redshift;
        this.heliumFraction = heliumFraction;
        yReionization = Math.Pow(1.0 + redshift, 1.5);
        deltaY = 1.5 * Math.Sqrt(1.0 + redshift) * settings.ReionizationWidth;
        heliumRedshift = settings.HeliumReionizationRedshift;
        heliumWidth = settings.HeliumReionizationWidth;
        StartRedshift = redshift + settings.ReionizationStartFactor * settings.ReionizationWidth;
    }

    /// <summary>Midpoint redshift z_re.</summary>
    public double Redshift { get; }

    /// <summary>Start z_start = z_re + (start factor)·Δz; τ_reio is the optical depth up to it.</summary>
    public double StartRedshift { get; }

    /// <summary>Total free-electron fraction given the recombination value x_e^rec at z.</summary>
    /// <param name="z">Redshift.</param>
    /// <param name="recombinationFraction">x_e^rec(z) from recombination alone.</param>
    public double FreeElectronFraction(double z, double recombinationFraction)
    {
        double y = Math.Pow(1.0 + z, 1.5);
        double hydrogen = 0.5 * (1.0 + Math.Tanh((yReionization - y) / deltaY));
        double helium = 0.5 * (1.0 + Math.Tanh((heliumRedshift - z) / heliumWidth));
        double xe = recombinationFraction + (1.0 + heliumFraction - recombinationFraction) * hydrogen;
        return xe + heliumFraction * helium;
    }
}
