namespace Freestream.Production;

/// <summary>
/// Active → sterile conversion rate in the plasma: Γ_s = ¼ Γ_α sin²2θ_M with the in-medium mixing
/// angle damped by decoherence D = Γ_α/2.
/// </summary>
/// <remarks>
/// sin²2θ_M = Δ² sin²2θ / [Δ² sin²2θ + D² + (Δ cos2θ − V)²], Δ = m_s²/(2p): Abazajian, Fuller &amp;
/// Patel 2001 (astro-ph/0101524) eqs. (2)–(5); Abazajian 2006 (astro-ph/0511630); Venumadhav et al.
/// 2016 (arXiv:1507.06655) eq. (2.2). Physics note docs/physics/dodelson_widrow_xray.md eqs. (2)–(3).
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
        double mean = LorentzianMean(ua, ub);
        double du = ub - ua;
        if (ua * ub <= -1 && prefactorLogSlope != 0 && Math.Abs(du) > 1)
        {
            double arc = Math.Atan(ub) - Math.Atan(ua);
            double first = ((0.5 * Math.Log((1 + (ub * ub)) / (1 + (ua * ua)))) - (ua * arc)) / (du * du);
            mean += prefactorLogSlope * (first - (0.5 * mean));
        }

        return 0.25 * activeRateGeV * numerator / (width * width) * mean;
    }

    /// <summary>
    /// Γ_s averaged over a step in which the detuning runs through <paramref name="detuningStartGeV"/>,
    /// <paramref name="detuningMidGeV"/> and <paramref name="detuningEndGeV"/> (a parabola in the step fraction ξ), the
    /// prefactor (Δ² dt) varies as 1 + c(ξ − ½), c = <paramref name="prefactorLogSlope"/>, and Γ_α as
    /// e^{γ(ξ − ½)}, γ = <paramref name="activeRateLogSlope"/> (<paramref name="activeRateGeV"/> is the mid-step value). The
    /// Lorentzian area is that of <see cref="StepAveragedRateGeV"/> with Γ_α and the width taken where the Lorentzian lies in
    /// the step, and it is weighted by the Landau–Zener factor 1/|dδ/dξ| there, (δ_end − δ_start)/δ′(ξ_c), instead of the
    /// secant 1 [derived from eq. (3) of the physics note: τ = (π/2) Δ² sin²2θ/|dδ/dt| at the crossing; Shi &amp; Fuller 1999,
    /// astro-ph/9810076].
    /// </summary>
    /// <remarks>
    /// δ(ξ) = δ_a + sξ + (gs/2) ξ(ξ − 1) with s = δ_b − δ_a and g = 4(δ_a − 2δ_m + δ_b)/s, so δ′(ξ) = s[1 + g(ξ − ½)]. The
    /// Lorentzian lies at its centroid r in the linear sweep (first moment / area with the mid-step width, exact for the
    /// arctan integral; |γ| ≤ 1 is used), i.e. at ξ_c = 2r/[(1 − g/2) + √((1 − g/2)² + 2gr)] on the parabola. This applies
    /// to a crossing and to the part of a Lorentzian crossed just before or after the step, so that a resonance crossed near
    /// a step boundary is split between the two steps with the same width and weight on both sides (with the mid-step width,
    /// Γ_α ∝ T⁵ differing by ~6 % between steps, a node crossed at the boundary lost or gained 1–2 %). Far from the
    /// resonance (the Lorentzian changes by less than 10 % of itself in the step), or where the step does not resolve it
    /// (|Δu| ≤ 1), it is <see cref="StepAveragedRateGeV"/>. |g| is kept ≤ 1 (δ′ within a factor 3 across the step; larger
    /// curvature occurs only near a tangency of the two resonances, where the sweep stops). Without curvature and γ this is
    /// the linear weight of <see cref="StepAveragedRateGeV"/> to first order in c.
    /// </remarks>
    public static double CurvedStepAveragedRateGeV(double sin2TwoTheta, double deltaGeV, double activeRateGeV, double detuningStartGeV, double detuningMidGeV, double detuningEndGeV, double prefactorLogSlope, double activeRateLogSlope = 0)
    {
        double numerator = deltaGeV * deltaGeV * sin2TwoTheta;
        double d = 0.5 * activeRateGeV;
        double width = Math.Sqrt(numerator + (d * d));
        double ua = detuningStartGeV / width;
        double ub = detuningEndGeV / width;
        double du = ub - ua;
        if (Math.Abs(du) <= 1 || (ua * ub > 0 && Math.Abs(du) < 0.1 * Math.Min(Math.Abs(ua), Math.Abs(ub))))
        {
            return 0.25 * activeRateGeV * numerator / (width * width) * LorentzianMean(ua, ub);
        }

        double arc = Math.Atan(ub) - Math.Atan(ua);
        double r = Math.Clamp(((0.5 * Math.Log((1 + (ub * ub)) / (1 + (ua * ua)))) - (ua * arc)) / (du * arc), 0.0, 1.0);
        double localRate = activeRateGeV * Math.Exp(Math.Clamp(activeRateLogSlope, -1.0, 1.0) * (r - 0.5));
        double localD = 0.5 * localRate;
        double localWidth = Math.Sqrt(numerator + (localD * localD));
        double plain = 0.25 * localRate * numerator / (localWidth * localWidth) * LorentzianMean(detuningStartGeV / localWidth, detuningEndGeV / localWidth);

        double sweep = detuningEndGeV - detuningStartGeV;
        double g = Math.Clamp(4 * (detuningStartGeV - (2 * detuningMidGeV) + detuningEndGeV) / sweep, -1.0, 1.0);
        double linear = 1 - (0.5 * g);
        double crossing = 2 * r / (linear + Math.Sqrt((linear * linear) + (2 * g * r)));
        double weight = (1 + (Math.Clamp(prefactorLogSlope, -1.0, 1.0) * (crossing - 0.5))) / (1 + (g * (crossing - 0.5)));
        return plain * weight;
    }

    /// <summary>(atan u_b − atan u_a)/(u_b − u_a), the mean of 1/(1 + u²) over [u_a, u_b], without cancellation when u_a ≈ u_b.</summary>
    private static double LorentzianMean(double ua, double ub)
    {
        double product = ua * ub;
        if (product > -1)
        {
            double z = (ub - ua) / (1 + product);
            double ratio = Math.Abs(z) < 1e-6 ? 1 - (z * z / 3) : Math.Atan(z) / z;
            return ratio / (1 + product);
        }

        return (Math.Atan(ub) - Math.Atan(ua)) / (ub - ua);
    }
}
