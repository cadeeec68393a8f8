namespace Freestream.Cosmology;

/// <summary>
/// The thermal history (recombination and reionisation, <see cref="Thermodynamics.Compute"/>) of a reference
/// background, reused for any background whose expansion rate agrees with it: a scan solves hundreds of models of
/// one cosmology whose non-cold species is, by recombination, as cold as CDM, so that H(z) — the only way the dark
/// matter enters the rate equations — is the same to far below their tolerance (docs/physics/boltzmann.md §4).
/// </summary>
/// <remarks>
/// H(z) of the two backgrounds is compared at <see cref="SampleCount"/> redshifts uniform in ln(1 + z) from 0 to the
/// history's highest redshift (<see cref="ThermodynamicsSettings.MaxRedshift"/>); the reference history is reused
/// when |H/H_ref − 1| ≤ <see cref="HubbleTolerance"/> at all of them, otherwise the history is computed afresh. The
/// free-electron fraction responds to a relative change of H at most one to one (the Peebles escape rate and the
/// adiabatic cooling are both ∝ H), so a reused history differs from the exact one by ≲ 1e-6 relative, a tenth of
/// the Boltzmann solver's tolerance. A keV thermal relic differs from CDM by ~⟨p²⟩/2m² ≈ 1e-10 at z = 10⁴ and is
/// reused; a hot or light species (still semi-relativistic at z ~ 10⁴–10⁶) is not.
/// </remarks>
internal sealed class ThermalHistoryReuse
{
    /// <summary>Largest |H/H_ref − 1| at which the reference history is reused.</summary>
    public const double HubbleTolerance = 1e-6;

    /// <summary>Redshifts at which H is compared (spacing 0.035 in ln(1 + z) up to z = 10⁶; H is smooth in ln(1 + z)).</summary>
    private const int SampleCount = 400;

    private readonly double[] redshifts;
    private readonly double[] referenceHubble;

    /// <summary>Computes the history of <paramref name="reference"/> and samples its H(z).</summary>
    public ThermalHistoryReuse(Background reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Reference = Thermodynamics.Compute(reference.Parameters, reference.HubbleInvMpc);
        double maxLogRedshift = Math.Log(1 + ThermodynamicsSettings.Default.MaxRedshift);
        redshifts = Enumerable.Range(0, SampleCount).Select(i => Math.Exp(maxLogRedshift * i / (SampleCount - 1)) - 1).ToArray();
        referenceHubble = redshifts.Select(reference.HubbleInvMpc).ToArray();
    }

    /// <summary>The reference background's thermal history.</summary>
    public Thermodynamics Reference { get; }

    /// <summary>Whether <paramref name="background"/> may use <see cref="Reference"/>.</summary>
    public bool Matches(Background background)
    {
        ArgumentNullException.ThrowIfNull(background);
        for (int i = 0; i < redshifts.Length; i++)
        {
            if (!(Math.Abs(background.HubbleInvMpc(redshifts[i]) / referenceHubble[i] - 1) <= HubbleTolerance))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The thermal history of <paramref name="background"/>: the reference one when it matches, else computed.</summary>
    public Thermodynamics For(Background background) =>
        Matches(background) ? Reference : Thermodynamics.Compute(background.Parameters, background.HubbleInvMpc);
}
