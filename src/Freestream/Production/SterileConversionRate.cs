namespace Freestream.Production;

/// <summary>
/// Active → sterile conversion rate in the plasma: Γ_s = ¼ Γ_α sin²2θ_M with the in-medium mixing
/// angle damped by decoherence D = Γ_α/2.
/// </summary>
/// <remarks>
/// sin²2θ_M = Δ² sin²2θ / [Δ² sin²2θ + D² + (Δ cos2θ − V)²], Δ = m_s²/(2p): Abazajian, Fuller &amp;
/// Patel 2001 (astro-ph/0101524) eqs. (2)–(5); Abazajian 2006 (astro-ph/0511630); Venumadhav et al.
/// 2016 (arXiv:1507.06655) eq. (2.2). Physics note dodelson_widrow_xray.md eqs. (2)–(3).
/// V = V_T + V_L is the total matter potential of the channel (V_L = 0 without lepton asymmetry).
/// </remarks>
public static class SterileConversionRate
{
    /// <summary>In-medium sin²2θ_M for vacuum sin²2θ, vacuum oscillation frequency Δ, decoherence D and potential V (GeV).</summary>
    public static double EffectiveMixing(double sin2TwoTheta, double deltaGeV, double decoherenceGeV, double potentialGeV)
    {
        double cos2Theta = Math.Sqrt(1 - sin2TwoTheta);
        double numerator = deltaGeV * deltaGeV * sin2TwoTheta;
        double offResonance = deltaGeV * cos2Theta - potentialGeV;
        return numerator / (numerator + decoherenceGeV * decoherenceGeV + offResonance * offResonance);
    }

    /// <summary>Γ_s = ¼ Γ_α sin²2θ_M (GeV) for sterile mass m_s, momentum p, opacity Γ_α and potential V (all GeV).</summary>
    public static double RateGeV(double sin2TwoTheta, double sterileMassGeV, double momentumGeV, double activeRateGeV, double potentialGeV)
    {
        double delta = sterileMassGeV * sterileMassGeV / (2 * momentumGeV);
        return 0.25 * activeRateGeV * EffectiveMixing(sin2TwoTheta, delta, 0.5 * activeRateGeV, potentialGeV);
    }
}
