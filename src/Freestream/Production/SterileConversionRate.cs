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

    /// <summary>
    /// Γ_s averaged over a step in which the detuning δ = Δ cos2θ − V moves linearly from
    /// <paramref name="detuningStartGeV"/> to <paramref name="detuningEndGeV"/> while Γ_α and Δ stay at their
    /// mid-step values: the Lorentzian of sin²2θ_M in δ is integrated exactly, so a narrow MSW resonance crossed
    /// inside the step contributes its full area (the Landau–Zener exponent (π/2) Δ² sin²2θ/|dδ/dt| when
    /// D ≫ Δ sin2θ) however coarse the step [derived from eq. (3) of the physics note; Shi &amp; Fuller 1999,
    /// astro-ph/9810076]. Equals <see cref="RateGeV"/> when the two detunings coincide.
    /// </summary>
    /// <remarks>
    /// <paramref name="prefactorLogSlope"/> c lets the prefactor vary across the step as 1 + c(ξ − ½), ξ ∈ [0, 1] from start to
    /// end; it matters only when the resonance is crossed inside the step (the conversion is then weighted at the crossing
    /// instead of the middle of the step): ∫ξ dξ/(1 + u²) = [½ ln((1 + u_b²)/(1 + u_a²)) − u_a (atan u_b − atan u_a)]/(u_b − u_a)².
    /// </remarks>
    public static double StepAveragedRateGeV(double sin2TwoTheta, double deltaGeV, double activeRateGeV, double detuningStartGeV, double detuningEndGeV, double prefactorLogSlope = 0)
    {
        double d = 0.5 * activeRateGeV;
        double numerator = deltaGeV * deltaGeV * sin2TwoTheta;
        double width = Math.Sqrt(numerator + (d * d));
        double ua = detuningStartGeV / width;
        double ub = detuningEndGeV / width;
        double product = ua * ub;
        double mean;
        if (product > -1)
        {
            double z = (ub - ua) / (1 + product);
            double ratio = Math.Abs(z) < 1e-6 ? 1 - (z * z / 3) : Math.Atan(z) / z;
            mean = ratio / (1 + product);
        }
        else
        {
            double du = ub - ua;
            double arc = Math.Atan(ub) - Math.Atan(ua);
            mean = arc / du;
            if (prefactorLogSlope != 0 && Math.Abs(du) > 1)
            {
                double first = ((0.5 * Math.Log((1 + (ub * ub)) / (1 + (ua * ua)))) - (ua * arc)) / (du * du);
                mean += prefactorLogSlope * (first - (0.5 * mean));
            }
        }

        return 0.25 * activeRateGeV * numerator / (width * width) * mean;
    }
}
