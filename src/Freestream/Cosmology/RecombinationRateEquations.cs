using static Freestream.Cosmology.RecombinationConstants;

namespace Freestream.Cosmology;

/// <summary>
/// The RECFAST rate equations for the ionised hydrogen fraction x_H = n_p/n_H, the singly ionised
/// helium fraction x_He = n_HeII/n_He and the ratio θ = T_b/T_γ, as derivatives with respect to
/// u = ln(1+z) (u decreases with time).
/// </summary>
/// <remarks>
/// Hydrogen (Seager, Sasselov &amp; Scott 1999, astro-ph/9909275, eq. 1; Peebles 1968):
/// dx_H/du = F C [x_e x_H n_H α_B − β_B (1 − x_H) e^{−E_21/kT_b}] / H,
/// C = (1 + K Λ_2s n_1s)/(1 + K Λ_2s n_1s + F K β_B n_1s) after moving the fudge F into C, n_1s = n_H(1 − x_H),
/// K = λ_α³/(8πH) × (1 + Σ Gaussians in ln(1+z)) for RECFAST 1.5 (Wong, Moss &amp; Scott 2008, eq. 3),
/// α_B = 10⁻¹⁹ a t^b/(1 + c t^d) m³ s⁻¹, t = T_b/10⁴ K (Péquignot, Petitjean &amp; Boisson 1991),
/// β_B = α_B (m_e kT_b/2πħ²)^{3/2} e^{−E_2/kT_b}.
/// Helium I (SSS99 eq. 2; WMS08 §3): the same structure for the 2¹p–1¹s channel with α_HeI of Hummer &amp;
/// Storey (1998) in the Verner–Ferland form, Λ_He = 51.3 s⁻¹, and in RECFAST 1.5 the Sobolev escape
/// probability, the continuum opacity of neutral hydrogen and the 2³p–1¹s triplet channel.
/// Matter temperature (SSS99 eq. 3): dT_b/du = (8σ_T a_R T_γ⁴/(3 m_e c H)) x_e/(1 + f_He + x_e) (T_b − T_γ) + 2T_b,
/// i.e. dθ/du = θ + (Γ_C/H)(θ − 1).
/// </remarks>
internal sealed class RecombinationRateEquations
{
    private const double FudgeRecfast15 = 1.125;
    private const double FudgeRecfast10 = 1.14;

    // WMS08 double-Gaussian correction of K (amplitude, centre in ln(1+z), width).
    private const double Gauss1Amplitude = -0.14;
    private const double Gauss1Centre = 7.28;
    private const double Gauss1Width = 0.18;
    private const double Gauss2Amplitude = 0.079;
    private const double Gauss2Centre = 6.73;
    private const double Gauss2Width = 0.33;

    // Hydrogen case-B fit (Péquignot, Petitjean & Boisson 1991) as used by RECFAST.
    private const double PpbA = 4.309;
    private const double PpbB = -0.6166;
    private const double PpbC = 0.6703;
    private const double PpbD = 0.5300;

    // He I recombination fits (Verner–Ferland form of Hummer & Storey 1998), singlets and triplets.
    private static readonly double SingletAlphaScale = Math.Pow(10.0, -16.744);
    private const double SingletAlphaSlope = 0.711;
    private static readonly double TripletAlphaScale = Math.Pow(10.0, -16.306);
    private const double TripletAlphaSlope = 0.761;
    private static readonly double VernerFerlandT0 = Math.Pow(10.0, 0.477121);
    private static readonly double VernerFerlandT1 = Math.Pow(10.0, 5.114);

    // Hydrogen continuum-opacity fits of Kholupenko, Ivanchik & Varshalovich (2007) used in RECFAST 1.5.
    private const double SingletContinuumP = 0.36;
    private const double SingletContinuumQ = 0.86;
    private const double TripletContinuumP = 0.66;
    private const double TripletContinuumQ = 0.9;

    private static readonly double LymanAlphaKFactor = Math.Pow(1.0 / HydrogenLymanAlphaWavenumber, 3) / (8.0 * Math.PI);
    private static readonly double SingletKFactor = Math.Pow(1.0 / HeliumSinglet2pWavenumber, 3) / (8.0 * Math.PI);
    private static readonly double TripletKFactor = Math.Pow(1.0 / HeliumTriplet2pWavenumber, 3) / (8.0 * Math.PI);

    private const double HydrogenLevel2Binding = WavenumberToKelvin * (HydrogenIonizationWavenumber - HydrogenLymanAlphaWavenumber);
    private const double HydrogenLymanAlpha = WavenumberToKelvin * HydrogenLymanAlphaWavenumber;
    private const double HeliumSinglet2sBinding = WavenumberToKelvin * (HeliumIonizationWavenumber - HeliumSinglet2sWavenumber);
    private const double HeliumSinglet2s = WavenumberToKelvin * HeliumSinglet2sWavenumber;
    private const double HeliumSinglet2p2sSplitting = WavenumberToKelvin * (HeliumSinglet2pWavenumber - HeliumSinglet2sWavenumber);
    // Binding of 2³s from the same ground-state ionisation energy as the singlets, so that the triplet channel
    // obeys detailed balance exactly (Drake & Morton 2007 quote 3.8454693845e6 m⁻¹, 10 m⁻¹ or 5e-7 of the
    // ionisation energy less: a 3e-5 change of the triplet rates).
    private const double HeliumTriplet2sBinding = WavenumberToKelvin * (HeliumIonizationWavenumber - HeliumTriplet2sWavenumber);
    private const double HeliumTriplet2s = WavenumberToKelvin * HeliumTriplet2sWavenumber;
    private const double HeliumTriplet2p2sSplitting = WavenumberToKelvin * (HeliumTriplet2pWavenumber - HeliumTriplet2sWavenumber);

    private readonly Func<double, double> hubbleInvMpcOfLogRedshift;
    private readonly double hydrogenDensityToday;
    private readonly double heliumFraction;
    private readonly double cmbTemperatureK;
    private readonly bool recfast15;
    private readonly double fudge;

    /// <summary>Creates the equations for one cosmology.</summary>
    /// <param name="hubbleInvMpcOfLogRedshift">H/c in 1/Mpc as a function of u = ln(1+z).</param>
    /// <param name="hydrogenDensityToday">n_H today in m⁻³.</param>
    /// <param name="heliumFraction">f_He = n_He/n_H.</param>
    /// <param name="cmbTemperatureK">T_CMB today in K.</param>
    /// <param name="scheme">RECFAST variant.</param>
    public RecombinationRateEquations(
        Func<double, double> hubbleInvMpcOfLogRedshift,
        double hydrogenDensityToday,
        double heliumFraction,
        double cmbTemperatureK,
        RecombinationScheme scheme)
    {
        this.hubbleInvMpcOfLogRedshift = hubbleInvMpcOfLogRedshift;
        this.hydrogenDensityToday = hydrogenDensityToday;
        this.heliumFraction = heliumFraction;
        this.cmbTemperatureK = cmbTemperatureK;
        recfast15 = scheme == RecombinationScheme.Recfast15;
        fudge = recfast15 ? FudgeRecfast15 : FudgeRecfast10;
    }

    /// <summary>H in s⁻¹.</summary>
    /// <param name="u">ln(1+z).</param>
    public double HubbleRatePerSecond(double u) => hubbleInvMpcOfLogRedshift(u) * SpeedOfLight / Megaparsec;

    /// <summary>Hydrogen case-B recombination coefficient α_B(T) in m³ s⁻¹ without the fudge factor.</summary>
    /// <param name="temperatureK">Matter temperature in K.</param>
    public static double HydrogenCaseBRecombination(double temperatureK)
    {
        double t = temperatureK / 1e4;
        return 1e-19 * PpbA * Math.Pow(t, PpbB) / (1.0 + PpbC * Math.Pow(t, PpbD));
    }

    /// <summary>
    /// Derivatives dy/du of y = (x_H, x_He, θ) with u = ln(1+z).
    /// </summary>
    /// <param name="u">ln(1+z).</param>
    /// <param name="y">State (x_H, x_He, θ = T_b/T_γ).</param>
    /// <param name="dydu">Receives the derivatives.</param>
    public void Derivatives(double u, ReadOnlySpan<double> y, Span<double> dydu)
    {
        double onePlusZ = Math.Exp(u);
        double xH = y[0];
        double xHe = y[1];
        double theta = y[2];
        double xe = xH + heliumFraction * xHe;
        double radiationT = cmbTemperatureK * onePlusZ;
        double matterT = theta * radiationT;
        double hubble = HubbleRatePerSecond(u);
        double nH = hydrogenDensityToday * onePlusZ * onePlusZ * onePlusZ;
        double nHe = heliumFraction * nH;
        double concentration = Math.Pow(QuantumConcentrationFactor * matterT, 1.5);

        dydu[0] = HydrogenRate(u, xH, xe, matterT, hubble, nH, concentration);
        dydu[1] = HeliumRate(xH, xHe, xe, matterT, hubble, nH, nHe, concentration);
        dydu[2] = TemperatureRatioDerivative(theta, xe, radiationT, hubble);
    }

    /// <summary>dθ/du = θ + (Γ_C/H)(θ − 1), Γ_C = (8σ_T a_R T_γ⁴/3m_e c) x_e/(1 + f_He + x_e) (SSS99 eq. 3).</summary>
    /// <param name="theta">T_b/T_γ.</param>
    /// <param name="xe">Free-electron fraction n_e/n_H.</param>
    /// <param name="radiationT">T_γ in K.</param>
    /// <param name="hubble">H in s⁻¹.</param>
    public double TemperatureRatioDerivative(double theta, double xe, double radiationT, double hubble)
    {
        double t2 = radiationT * radiationT;
        double compton = ComptonCoupling * t2 * t2 * xe / (1.0 + heliumFraction + xe);
        return theta + compton / hubble * (theta - 1.0);
    }

    private double HydrogenRate(double u, double xH, double xe, double matterT, double hubble, double nH, double concentration)
    {
        double alpha = HydrogenCaseBRecombination(matterT);
        double beta = alpha * concentration * Math.Exp(-HydrogenLevel2Binding / matterT);
        double k = LymanAlphaKFactor / hubble;
        if (recfast15)
        {
            double g1 = (u - Gauss1Centre) / Gauss1Width;
            double g2 = (u - Gauss2Centre) / Gauss2Width;
            k *= 1.0 + Gauss1Amplitude * Math.Exp(-g1 * g1) + Gauss2Amplitude * Math.Exp(-g2 * g2);
        }

        // The escape factors use max(0, ·) of the neutral fractions: trial states of the stiff solver (and its
        // finite-difference Jacobian) may overshoot full ionisation slightly, where C must stay finite.
        double kn1s = k * nH * Math.Max(0.0, 1.0 - xH);
        double peebles = fudge * (1.0 + kn1s * HydrogenTwoPhotonRate)
            / (1.0 + kn1s * HydrogenTwoPhotonRate + fudge * kn1s * beta);
        double net = xe * xH * nH * alpha - beta * (1.0 - xH) * Math.Exp(-HydrogenLymanAlpha / matterT);
        return peebles * net / hubble;
    }

    private double HeliumRate(double xH, double xHe, double xe, double matterT, double hubble, double nH, double nHe, double concentration)
    {
        double sqrt0 = Math.Sqrt(matterT / VernerFerlandT0);
        double sqrt1 = Math.Sqrt(matterT / VernerFerlandT1);
        double alpha = SingletAlphaScale / (sqrt0 * Math.Pow(1.0 + sqrt0, 1.0 - SingletAlphaSlope) * Math.Pow(1.0 + sqrt1, 1.0 + SingletAlphaSlope));
        double beta = 4.0 * alpha * concentration * Math.Exp(-HeliumSinglet2sBinding / matterT);
        double neutral = nHe * Math.Max(0.0, 1.0 - xHe);

        // K_He n_HeI: Peebles form λ³ n/(8πH), or with the Sobolev escape probability p = (1 − e^{−τ})/τ and
        // the hydrogen continuum channel A_Hcon: 1/(3 (A p + A_Hcon)) (WMS08 eqs. 4–6).
        double kn;
        double tripletC = 0.0;
        double alphaTriplet = 0.0;
        double betaTriplet = 0.0;
        if (recfast15)
        {
            double tauSinglet = HeliumSingletEinsteinA * SingletKFactor * 3.0 * neutral / hubble;
            double continuum = ContinuumEscape(
                HeliumSingletEinsteinA, HydrogenCrossSectionAtSinglet, HeliumSinglet2pWavenumber, xH, xHe, matterT, SingletContinuumP, SingletContinuumQ);
            kn = 1.0 / (3.0 * (HeliumSingletEinsteinA * EscapeProbability(tauSinglet) + continuum));

            alphaTriplet = TripletAlphaScale / (sqrt0 * Math.Pow(1.0 + sqrt0, 1.0 - TripletAlphaSlope) * Math.Pow(1.0 + sqrt1, 1.0 + TripletAlphaSlope));
            double tauTriplet = HeliumTripletEinsteinA * TripletKFactor * 3.0 * neutral / hubble;
            double tripletContinuum = ContinuumEscape(
                HeliumTripletEinsteinA, HydrogenCrossSectionAtTriplet, HeliumTriplet2pWavenumber, xH, xHe, matterT, TripletContinuumP, TripletContinuumQ) / 3.0;
            double escape = HeliumTripletEinsteinA * EscapeProbability(tauTriplet) + tripletContinuum;

            // C_t = escape·e^{−ΔE_ps/kT}/(β_t + escape·e^{−ΔE_ps/kT}) with β_t = (4/3) α_t (CR T)^{3/2} e^{−E_2s,ion/kT};
            // divided through by e^{−ΔE_ps/kT} to stay finite at low T.
            double betaShifted = 4.0 / 3.0 * alphaTriplet * concentration
                * Math.Exp(-(HeliumTriplet2sBinding - HeliumTriplet2p2sSplitting) / matterT);
            tripletC = escape / (betaShifted + escape);
            betaTriplet = 4.0 / 3.0 * alphaTriplet * concentration * Math.Exp(-(HeliumTriplet2sBinding + HeliumTriplet2s) / matterT) * 3.0;
        }
        else
        {
            kn = SingletKFactor * neutral / hubble;
        }

        // C_He = (1 + K Λ n e^{ΔE/kT})/(1 + K(Λ + β) n e^{ΔE/kT}), multiplied through by e^{−ΔE/kT}.
        double boltzmann = Math.Exp(-HeliumSinglet2p2sSplitting / matterT);
        double singletC = (boltzmann + kn * HeliumTwoPhotonRate) / (boltzmann + kn * (HeliumTwoPhotonRate + beta));
        double net = xe * xHe * nH * alpha - beta * (1.0 - xHe) * Math.Exp(-HeliumSinglet2s / matterT);
        double rate = singletC * net;
        if (recfast15)
        {
            rate += tripletC * (xe * xHe * nH * alphaTriplet - (1.0 - xHe) * betaTriplet);
        }

        return rate / hubble;
    }

    /// <summary>
    /// A·p_con,H of the hydrogen continuum absorption of He I line photons, A/(1 + p γ^q), with
    /// γ = 3 A f_He (1 − x_He) c²/(√π σ_H 8π Δν_D (1 − x_H) ν²) (Kholupenko et al. 2007; WMS08 eq. 6).
    /// </summary>
    private double ContinuumEscape(
        double einsteinA, double crossSection, double wavenumber, double xH, double xHe, double matterT, double p, double q)
    {
        double neutralHydrogen = Math.Max(0.0, 1.0 - xH);
        if (neutralHydrogen <= 0.0)
        {
            return 0.0;
        }

        double frequency = SpeedOfLight * wavenumber;
        double doppler = frequency * Math.Sqrt(2.0 * Boltzmann * matterT / (HydrogenMass * HeliumToHydrogenMass * SpeedOfLight * SpeedOfLight));
        double gamma = 3.0 * einsteinA * heliumFraction * Math.Max(0.0, 1.0 - xHe) * SpeedOfLight * SpeedOfLight
            / (Math.Sqrt(Math.PI) * crossSection * 8.0 * Math.PI * doppler * neutralHydrogen) / (frequency * frequency);
        return einsteinA / (1.0 + p * Math.Pow(gamma, q));
    }

    /// <summary>Sobolev escape probability (1 − e^{−τ})/τ.</summary>
    private static double EscapeProbability(double tau) =>
        tau < 1e-8 ? 1.0 - 0.5 * tau : -double.ExpM1(-tau) / tau;
}
