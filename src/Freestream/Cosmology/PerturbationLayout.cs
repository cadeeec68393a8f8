namespace Freestream.Cosmology;

/// <summary>
/// The state-vector layout of one k mode, computed from the species and the approximations that are on
/// (an index map, never hard-coded offsets). Photons: tight coupling (δ_γ, θ_γ), full (δ_γ, θ_γ, F_2…F_lmax,
/// G_0…G_lmax,pol) or streaming (none). Massless neutrinos: full (δ, θ, F_2…F_lmax), fluid (δ, θ, σ) or
/// streaming (none). Non-cold species: hierarchy (Ψ_0…Ψ_lmax per node) or fluid (δ, θ, σ).
/// </summary>
internal sealed class PerturbationLayout
{
    public const int Eta = 0;
    public const int DeltaCdm = 1;
    public const int DeltaBaryon = 2;
    public const int ThetaBaryon = 3;

    public PerturbationLayout(BoltzmannSettings settings, int ncdmNodes, bool tightCoupling, bool urFluid, bool radiationStreaming, bool ncdmFluid, bool baryonsHeld = false)
    {
        BaryonsHeld = baryonsHeld;
        TightCoupling = tightCoupling;
        UrFluid = urFluid;
        RadiationStreaming = radiationStreaming;
        NcdmFluid = ncdmFluid;
        PhotonLMax = settings.PhotonLMax;
        PolarisationLMax = settings.PolarisationLMax;
        UrLMax = settings.MasslessNeutrinoLMax;
        NcdmLMax = settings.NcdmLMax;
        NcdmNodes = ncdmNodes;
        int next = 4;
        Photon = next;
        if (!radiationStreaming)
        {
            next += tightCoupling ? 2 : PhotonLMax + 1;
        }

        Polarisation = next;
        if (!radiationStreaming && !tightCoupling)
        {
            next += PolarisationLMax + 1;
        }

        Ur = next;
        if (!radiationStreaming)
        {
            next += urFluid ? 3 : UrLMax + 1;
        }

        Ncdm = next;
        if (ncdmNodes > 0)
        {
            next += ncdmFluid ? 3 : ncdmNodes * (NcdmLMax + 1);
        }

        Size = next;
    }

    public bool TightCoupling { get; }

    /// <summary>
    /// Radiation streaming before decoupling: the baryons are held by the drag at the streaming photon velocity
    /// θ_b = θ_γ = −h'/2 (their stored θ_b is not evolved).
    /// </summary>
    public bool BaryonsHeld { get; }

    public bool UrFluid { get; }

    public bool RadiationStreaming { get; }

    public bool NcdmFluid { get; }

    public int PhotonLMax { get; }

    public int PolarisationLMax { get; }

    public int UrLMax { get; }

    public int NcdmLMax { get; }

    public int NcdmNodes { get; }

    /// <summary>Index of δ_γ (then θ_γ, F_2, …).</summary>
    public int Photon { get; }

    /// <summary>Index of G_0 (full photon hierarchy only).</summary>
    public int Polarisation { get; }

    /// <summary>Index of δ_ur (then θ_ur, F_2 or σ_ur, …).</summary>
    public int Ur { get; }

    /// <summary>Index of Ψ_0 of node 0 (hierarchy) or of δ_ncdm (fluid).</summary>
    public int Ncdm { get; }

    /// <summary>Number of unknowns.</summary>
    public int Size { get; }
}
