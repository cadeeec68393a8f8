namespace Freestream.Structure;

/// <summary>
/// A Navarro–Frenk–White dark-matter halo seen by an observer at distance <see cref="DistanceKpc"/> from
/// its centre: ρ(r) = ρ_s / [(r/r_s)(1 + r/r_s)²], truncated at <see cref="TruncationRadiusKpc"/>.
/// </summary>
/// <param name="Name">Short name (milky-way, m31, perseus, custom).</param>
/// <param name="ScaleRadiusKpc">r_s in kpc.</param>
/// <param name="ScaleDensityGeVPerCm3">ρ_s in GeV cm⁻³.</param>
/// <param name="DistanceKpc">Observer–centre distance in kpc (R_⊙ for the Milky Way).</param>
/// <param name="TruncationRadiusKpc">Radius beyond which ρ = 0, kpc.</param>
/// <param name="Reference">Where the parameters come from.</param>
public sealed record XRayHalo(string Name, double ScaleRadiusKpc, double ScaleDensityGeVPerCm3, double DistanceKpc, double TruncationRadiusKpc, string Reference)
{
    /// <summary>One kiloparsec in cm (IAU 2015: 1 pc = 3.0856776e18 cm).</summary>
    public const double KpcCm = 3.0856775814913673e21;

    /// <summary>Solar mass in GeV (M_⊙ = 1.98841e30 kg, PDG 2024 → 1.11543e57 GeV).</summary>
    public const double SolarMassGeV = 1.115433e57;

    /// <summary>Names accepted by <see cref="Preset"/>.</summary>
    public const string PresetNames = "milky-way, m31, perseus";

    /// <summary>
    /// Milky Way: NFW with r_s = 20 kpc, ρ(R_⊙ = 8.5 kpc) = 0.4 GeV cm⁻³, truncated at 300 kpc — the
    /// worked example of the physics note (§4.3), a standard choice of 3.5 keV line analyses.
    /// </summary>
    public static XRayHalo MilkyWay { get; } = FromLocalDensity("milky-way", 20.0, 0.4, 8.5, 300.0,
        "NFW r_s = 20 kpc, rho(8.5 kpc) = 0.4 GeV/cm^3, r_max = 300 kpc (physics note docs/physics/dodelson_widrow_xray.md §4.3)");

    /// <summary>
    /// M31 (Andromeda): NFW with M_vir = 1.6e12 M_⊙ and c = 12 (Klypin, Zhao &amp; Somerville 2002, ApJ 573,
    /// 597, favoured model), taken as M_200c with r_200 = 248 kpc (h = 0.6736); distance 785 kpc
    /// (McConnachie et al. 2005, MNRAS 356, 979). [recalled; ±30 % on the column density].
    /// </summary>
    public static XRayHalo M31 { get; } = FromMassConcentration("m31", 1.6e12, 12.0, 247.6, 785.0,
        "NFW M = 1.6e12 Msun, c = 12 (Klypin, Zhao & Somerville 2002), r_200 = 247.6 kpc, d = 785 kpc (McConnachie et al. 2005)");

    /// <summary>
    /// Perseus cluster: NFW with M_200 = 6.65e14 M_⊙, r_200 = 1.79 Mpc (Simionescu et al. 2011, Science 331,
    /// 1576), c_200 = 5 (assumed, typical of massive clusters); distance 75 Mpc (z = 0.0179, local
    /// approximation). [recalled].
    /// </summary>
    public static XRayHalo Perseus { get; } = FromMassConcentration("perseus", 6.65e14, 5.0, 1790.0, 75000.0,
        "NFW M_200 = 6.65e14 Msun, r_200 = 1.79 Mpc (Simionescu et al. 2011), c_200 = 5 (assumed), d = 75 Mpc");

    /// <summary>The preset of that name (milky-way, m31, perseus).</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static XRayHalo Preset(string name) => name.Trim().ToLowerInvariant() switch
    {
        "milky-way" or "mw" or "milkyway" => MilkyWay,
        "m31" or "andromeda" => M31,
        "perseus" => Perseus,
        _ => throw new ArgumentException($"unknown halo '{name}'; allowed: {PresetNames}, custom", nameof(name)),
    };

    /// <summary>NFW normalised by the density ρ_local at the observer's radius.</summary>
    public static XRayHalo FromLocalDensity(string name, double scaleRadiusKpc, double localDensityGeVPerCm3, double distanceKpc, double truncationRadiusKpc, string reference)
    {
        double x = distanceKpc / scaleRadiusKpc;
        return new XRayHalo(name, scaleRadiusKpc, localDensityGeVPerCm3 * x * (1 + x) * (1 + x), distanceKpc, truncationRadiusKpc, reference).Validated();
    }

    /// <summary>NFW from a halo mass M_Δ (M_⊙) inside r_Δ (kpc) and concentration c = r_Δ/r_s; truncated at r_Δ.</summary>
    public static XRayHalo FromMassConcentration(string name, double massSolar, double concentration, double radiusKpc, double distanceKpc, string reference)
    {
        double rs = radiusKpc / concentration;
        double mu = Math.Log(1 + concentration) - concentration / (1 + concentration);
        double rsCm = rs * KpcCm;
        double rhoS = massSolar * SolarMassGeV / (4 * Math.PI * rsCm * rsCm * rsCm * mu);
        return new XRayHalo(name, rs, rhoS, distanceKpc, radiusKpc, reference).Validated();
    }

    /// <summary>ρ(r) in GeV cm⁻³.</summary>
    public double DensityGeVPerCm3(double radiusKpc)
    {
        if (radiusKpc > TruncationRadiusKpc)
        {
            return 0;
        }

        double x = radiusKpc / ScaleRadiusKpc;
        return ScaleDensityGeVPerCm3 / (x * (1 + x) * (1 + x));
    }

    /// <summary>Checks every parameter is finite and positive.</summary>
    public XRayHalo Validated()
    {
        Check(ScaleRadiusKpc, nameof(ScaleRadiusKpc));
        Check(ScaleDensityGeVPerCm3, nameof(ScaleDensityGeVPerCm3));
        Check(DistanceKpc, nameof(DistanceKpc));
        Check(TruncationRadiusKpc, nameof(TruncationRadiusKpc));
        return this;
    }

    private static void Check(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0");
        }
    }
}
