namespace Freestream.Structure;

/// <summary>Fitting formula of the thermal warm-DM transfer function.</summary>
public enum ThermalTransferFit
{
    /// <summary>
    /// Viel et al. 2005 (arXiv:astro-ph/0501562, eq. 7): α = 0.049 (m/keV)^−1.11 (Ω_DM/0.25)^0.11
    /// (h/0.7)^1.22 Mpc/h, ν = 1.12.
    /// </summary>
    Viel2005,

    /// <summary>
    /// Bode, Ostriker &amp; Turok 2001 (arXiv:astro-ph/0010389, eq. A9): α = 0.048 (Ω_X/0.4)^0.15
    /// (h/0.65)^1.3 (m/keV)^−1.15 (1.5/g_X)^0.29 Mpc/h, ν = 1.2.
    /// </summary>
    Bode2001,
}
