using System.Numerics;
using System.Numerics.Tensors;

namespace Freestream.Cosmology;

/// <summary>
/// Right-hand side of the linear Einstein–Boltzmann equations of one k mode in the synchronous gauge
/// comoving with CDM (Ma &amp; Bertschinger 1995, MB95), in the time variable x = ln a (d/dx = ℋ⁻¹ d/dτ).
/// Implements MB95 eqs. 21 (Einstein), 42 (CDM, baryons), 63–64 (photons with polarisation), 49 (massless
/// neutrinos), 56–58 (non-cold hierarchy per momentum node), the first-order tight-coupling approximation
/// (MB95 eq. 75), the ultra-relativistic fluid and radiation-streaming approximations of Blas, Lesgourgues
/// &amp; Tram 2011 (arXiv:1104.2933) and the non-cold fluid of Lesgourgues &amp; Tram 2011 (arXiv:1104.2935),
/// as written out in docs/physics/boltzmann.md §5–§10. Allocation-free.
/// </summary>
internal sealed class PerturbationEquations
{
    /// <summary>Largest multipole of the tabulated streaming ratios (the presets stop at 30).</summary>
    private const int MaxTabulatedMultipole = 256;

    /// <summary>l/(2l+1), index l.</summary>
    private static readonly double[] LowerRatio = Enumerable.Range(0, MaxTabulatedMultipole + 1).Select(l => l / (2.0 * l + 1)).ToArray();

    /// <summary>(l+1)/(2l+1), index l.</summary>
    private static readonly double[] UpperRatio = Enumerable.Range(0, MaxTabulatedMultipole + 1).Select(l => (l + 1) / (2.0 * l + 1)).ToArray();

    private readonly Background background;
    private readonly ThermodynamicsTable thermo;
    private readonly double[] nodeQ;
    private readonly double[] nodeWeightF;
    private readonly double[] nodeSlope;
    private readonly double massSquared;
    private readonly double normalisation;
    private double sampledX = double.NaN;
    private PerturbationLayout? sampledLayout;
    private ModeBackground sampled;

    public PerturbationEquations(Background background, ThermodynamicsTable thermo, double k)
    {
        this.background = background;
        this.thermo = thermo;
        K = k;
        var species = background.Ncdm;
        if (species is null)
        {
            nodeQ = nodeWeightF = nodeSlope = [];
        }
        else
        {
            var pq = species.PerturbationQuadrature;
            nodeQ = pq.Q;
            nodeSlope = pq.LogSlope;
            nodeWeightF = new double[pq.Count];
            for (int i = 0; i < pq.Count; i++)
            {
                nodeWeightF[i] = pq.Weights[i] * pq.F[i];
            }

            massSquared = species.DimensionlessMass * species.DimensionlessMass;
            normalisation = species.Normalisation;
        }
    }

    public double K { get; }

    public int NcdmNodes => nodeQ.Length;

    public PerturbationLayout Layout { get; set; } = null!;

    /// <summary>h' of the last full evaluation (<see cref="Evaluate"/>; Mpc⁻¹).</summary>
    public double LastHPrime { get; private set; }

    /// <summary>η' of the last full evaluation (<see cref="Evaluate"/>; Mpc⁻¹).</summary>
    public double LastEtaPrime { get; private set; }

    /// <summary>
    /// dy/d ln a, assembled block by block as in CLASS's perturbation derivatives: the background at x
    /// (<see cref="ModeBackground"/>), the Einstein equations from every species' δρ and (ρ+p)θ
    /// (<see cref="Metric"/>), then CDM, photons with baryons, massless neutrinos and the non-cold species, each
    /// writing dy/dτ of its own unknowns; finally d/dτ → d/d ln a (divide by ℋ).
    /// </summary>
    public void Evaluate(double x, ReadOnlySpan<double> y, Span<double> dy)
    {
        ref readonly var bg = ref Sample(x);
        var metric = MetricAndPhotonBaryonRates(y, dy, bg);
        LastHPrime = metric.HPrime;
        LastEtaPrime = metric.EtaPrime;
        MasslessNeutrinos(y, dy, bg, metric);
        NonColdSpecies(y, dy, bg, metric);

        // d/dx = ℋ⁻¹ d/dτ.
        var rates = dy[..Layout.Size];
        TensorPrimitives.Multiply(rates, 1 / bg.Hubble, rates);
    }

    /// <summary>
    /// The rows before the massless neutrinos (η, CDM, baryons, photon temperature and polarisation) of
    /// <see cref="Evaluate"/>, computed the same way; the other rows of <paramref name="dy"/> are left as they are. The
    /// photon–baryon W-method differences only these rows, so a column costs the metric and the photons, not the
    /// non-cold hierarchy.
    /// </summary>
    public void EvaluatePhotonBaryon(double x, ReadOnlySpan<double> y, Span<double> dy)
    {
        ref readonly var bg = ref Sample(x);
        MetricAndPhotonBaryonRates(y, dy, bg);
        var rates = dy[..Layout.Ur];
        TensorPrimitives.Multiply(rates, 1 / bg.Hubble, rates);
    }

    /// <summary>The metric, and dy/dτ of η, CDM, baryons and photons: the part both evaluations share.</summary>
    private MetricRates MetricAndPhotonBaryonRates(ReadOnlySpan<double> y, Span<double> dy, in ModeBackground bg)
    {
        var metric = Metric(y, bg);
        dy[PerturbationLayout.Eta] = metric.EtaPrime;
        ColdDarkMatter(dy, metric);
        PhotonsAndBaryons(y, dy, bg, metric);
        return metric;
    }

    /// <summary>
    /// Background and thermal quantities at x = ln a that every block needs, by reference to the cached sample (the
    /// struct is 136 bytes: copying it at every right-hand side cost a memmove each).
    /// </summary>
    private ref readonly ModeBackground Sample(double x)
    {
        // The W-method's finite-difference columns evaluate the right-hand side many times at one x.
        if (!(x == sampledX && ReferenceEquals(Layout, sampledLayout)))
        {
            BackgroundAt(x, ref sampled);
            sampledX = x;
            sampledLayout = Layout;
        }

        return ref sampled;
    }

    /// <summary>Background, thermal history and the non-cold fluid's w, c_a² at x = ln a, written into <paramref name="bg"/>.</summary>
    private void BackgroundAt(double x, ref ModeBackground bg)
    {
        double a = Math.Exp(x);
        background.Densities(a, out bg.Densities);
        thermo.At(x, out bg.Kappa, out bg.DLnKappa, out bg.BaryonSoundSpeed2, out bg.Tau);
        bg.A2 = a * a;
        bg.Hubble = a * Math.Sqrt(bg.Densities.Total);
        if (nodeQ.Length > 0 && Layout.NcdmFluid)
        {
            ref readonly var d = ref bg.Densities;
            bg.NcdmW = d.NcdmPressure / d.Ncdm;
            bg.NcdmPseudoOverP = d.NcdmPseudoPressure / d.NcdmPressure;
            bg.NcdmCa2 = bg.NcdmW * (5 - bg.NcdmPseudoOverP) / (3 * (1 + bg.NcdmW));
        }
        else
        {
            bg.NcdmW = bg.NcdmPseudoOverP = bg.NcdmCa2 = 0;
        }
    }

    /// <summary>
    /// Einstein equations (MB95 eq. 21): h' from the 00 equation and η' from the 0i equation with δρ and (ρ+p)θ of
    /// CDM, baryons, photons and massless neutrinos (unless they stream), and the non-cold species (node sums of
    /// MB95 eq. 55, or its fluid). Under radiation streaming θ_γ = θ_ur = −h'/2 (BLT11); held baryons carry the same θ.
    /// </summary>
    private MetricRates Metric(ReadOnlySpan<double> y, in ModeBackground bg)
    {
        var L = Layout;
        ref readonly var d = ref bg.Densities;
        double k = K, k2 = k * k;
        double thetaB = y[PerturbationLayout.ThetaBaryon];
        double deltaRho = d.Cdm * y[PerturbationLayout.DeltaCdm] + d.Baryon * y[PerturbationLayout.DeltaBaryon];
        double rhoPlusPTheta = d.Baryon * thetaB;
        if (!L.RadiationStreaming)
        {
            int g = L.Photon, u = L.Ur;
            deltaRho += d.Photon * y[g] + d.Ur * y[u];
            rhoPlusPTheta += 4.0 / 3.0 * (d.Photon * y[g + 1] + d.Ur * y[u + 1]);
        }

        if (nodeQ.Length > 0)
        {
            if (L.NcdmFluid)
            {
                deltaRho += d.Ncdm * y[L.Ncdm];
                rhoPlusPTheta += (d.Ncdm + d.NcdmPressure) * y[L.Ncdm + 1];
            }
            else
            {
                NcdmNodeSums(y, bg.A2, out double ncdmDeltaRho, out double ncdmTheta);
                deltaRho += ncdmDeltaRho;
                rhoPlusPTheta += ncdmTheta;
            }
        }

        double hPrime = 2 * (k2 * y[PerturbationLayout.Eta] + 1.5 * bg.A2 * deltaRho) / bg.Hubble;
        double thetaStreaming = -0.5 * hPrime;
        if (L.BaryonsHeld)
        {
            rhoPlusPTheta += d.Baryon * (thetaStreaming - thetaB);
            thetaB = thetaStreaming;
        }

        if (L.RadiationStreaming)
        {
            rhoPlusPTheta += 4.0 / 3.0 * (d.Photon + d.Ur) * thetaStreaming;
        }

        return new MetricRates(hPrime, 1.5 * bg.A2 * rhoPlusPTheta / k2, thetaB);
    }

    /// <summary>δρ̃ and (ρ̃+p̃)θ of the non-cold hierarchy, N a⁻⁴ Σ w q² f (ε Ψ₀, k q Ψ₁) (MB95 eq. 55).</summary>
    private void NcdmNodeSums(ReadOnlySpan<double> y, double a2, out double deltaRho, out double rhoPlusPTheta)
    {
        NcdmQuadrature(y, a2, withShear: false, out double sumRho, out double sumTheta, out _);
        double n4 = normalisation / (a2 * a2);
        deltaRho = n4 * sumRho;
        rhoPlusPTheta = n4 * K * sumTheta;
    }

    /// <summary>
    /// The momentum sums Σ w q² f (ε Ψ₀, q Ψ₁, q²/ε Ψ₂) over the nodes (MB95 eq. 55 without N a⁻⁴ and k);
    /// the shear sum only when asked for (the equations' right-hand side does not need it).
    /// </summary>
    private void NcdmQuadrature(ReadOnlySpan<double> y, double a2, bool withShear, out double sumRho, out double sumTheta, out double sumSigma)
    {
        var L = Layout;
        int lN = L.NcdmLMax;
        double am2 = a2 * massSquared;
        sumRho = sumTheta = sumSigma = 0;
        for (int i = 0; i < nodeQ.Length; i++)
        {
            double q = nodeQ[i];
            double eps = Math.Sqrt(q * q + am2);
            int b = L.Ncdm + i * (lN + 1);
            double wq2 = nodeWeightF[i] * q * q;
            sumRho += wq2 * eps * y[b];
            sumTheta += wq2 * q * y[b + 1];
            if (withShear)
            {
                sumSigma += wq2 * q * q / eps * y[b + 2];
            }
        }
    }

    /// <summary>CDM in its own rest frame (synchronous gauge): δ_c' = −h'/2, θ_c = 0 (MB95 eq. 42).</summary>
    private static void ColdDarkMatter(Span<double> dy, in MetricRates metric) =>
        dy[PerturbationLayout.DeltaCdm] = -0.5 * metric.HPrime;

    /// <summary>
    /// Baryons and photons (MB95 eqs. 42, 63–64): held by the streaming photons, streaming photons after decoupling
    /// (baryons feel the drag towards θ_γ = −h'/2), first-order tight coupling (MB95 eq. 75 form, docs/physics/boltzmann.md §8),
    /// or the full temperature and polarisation hierarchies.
    /// </summary>
    private void PhotonsAndBaryons(ReadOnlySpan<double> y, Span<double> dy, in ModeBackground bg, in MetricRates metric)
    {
        var L = Layout;
        ref readonly var d = ref bg.Densities;
        double k = K, k2 = k * k;
        double hPrime = metric.HPrime, thetaB = metric.ThetaBaryon, cs2 = bg.BaryonSoundSpeed2;
        double deltaB = y[PerturbationLayout.DeltaBaryon];
        double deltaBPrime = -thetaB - 0.5 * hPrime;
        dy[PerturbationLayout.DeltaBaryon] = deltaBPrime;
        double r = 4 * d.Photon / (3 * d.Baryon);
        int g = L.Photon;
        if (L.BaryonsHeld)
        {
            dy[PerturbationLayout.ThetaBaryon] = 0;
        }
        else if (L.RadiationStreaming)
        {
            dy[PerturbationLayout.ThetaBaryon] = -bg.Hubble * thetaB + cs2 * k2 * deltaB + r * bg.Kappa * (-0.5 * hPrime - thetaB);
        }
        else if (L.TightCoupling)
        {
            double deltaG = y[g], thetaG = y[g + 1];
            double tauC = 1 / bg.Kappa;
            double sigmaG = 16.0 / 45.0 * tauC * (thetaG + 0.5 * hPrime + 3 * metric.EtaPrime);
            double deltaGPrime = -4.0 / 3.0 * thetaG - 2.0 / 3.0 * hPrime;
            double aDoubleDotOverA = 0.5 * bg.A2 * (d.Total - 3 * d.TotalPressure);
            double onePlusR = 1 + r;
            double slip = tauC / onePlusR * (-bg.Hubble * thetaB + cs2 * k2 * deltaB - 0.25 * k2 * deltaG);
            double slipPrime = (-bg.Hubble * bg.DLnKappa - 2 * bg.Hubble / onePlusR) * slip
                + tauC / onePlusR * (-aDoubleDotOverA * thetaB - 0.5 * bg.Hubble * k2 * deltaG + k2 * (cs2 * deltaBPrime - 0.25 * deltaGPrime));
            double thetaBPrime = (-bg.Hubble * thetaB + cs2 * k2 * deltaB + r * k2 * (0.25 * deltaG - sigmaG) + r * slipPrime) / onePlusR;
            dy[PerturbationLayout.ThetaBaryon] = thetaBPrime;
            dy[g] = deltaGPrime;
            dy[g + 1] = -(thetaBPrime + bg.Hubble * thetaB - cs2 * k2 * deltaB) / r + k2 * (0.25 * deltaG - sigmaG);
        }
        else
        {
            PhotonHierarchy(y, dy, k, bg.Kappa, bg.Tau, hPrime, metric.EtaPrime, thetaB);
            dy[PerturbationLayout.ThetaBaryon] = -bg.Hubble * thetaB + cs2 * k2 * deltaB + r * bg.Kappa * (y[g + 1] - thetaB);
        }
    }

    /// <summary>
    /// Massless neutrinos (MB95 eq. 49): full hierarchy, or the ultra-relativistic fluid (BLT11) once kτ is large;
    /// nothing under radiation streaming.
    /// </summary>
    private void MasslessNeutrinos(ReadOnlySpan<double> y, Span<double> dy, in ModeBackground bg, in MetricRates metric)
    {
        var L = Layout;
        if (L.RadiationStreaming)
        {
            return;
        }

        double k2 = K * K, hPrime = metric.HPrime;
        int u = L.Ur;
        double deltaU = y[u], thetaU = y[u + 1];
        dy[u] = -4.0 / 3.0 * thetaU - 2.0 / 3.0 * hPrime;
        if (L.UrFluid)
        {
            double sigmaU = y[u + 2];
            dy[u + 1] = k2 * (0.25 * deltaU - sigmaU);
            dy[u + 2] = -3 / bg.Tau * sigmaU + 2.0 / 3.0 * (thetaU + 0.5 * hPrime);
        }
        else
        {
            FreeStreamingHierarchy(y, dy, u, L.UrLMax, K, bg.Tau, hPrime, metric.EtaPrime);
        }
    }

    /// <summary>
    /// The non-cold species: Legendre hierarchy Ψ_l per momentum node (MB95 eqs. 56–58, truncated as MB95 eq. 51)
    /// or the viscous fluid of Lesgourgues &amp; Tram 2011 (c_eff² = c_a², c_vis² = 3w c_a²).
    /// </summary>
    private void NonColdSpecies(ReadOnlySpan<double> y, Span<double> dy, in ModeBackground bg, in MetricRates metric)
    {
        int nq = nodeQ.Length;
        if (nq == 0)
        {
            return;
        }

        var L = Layout;
        double k = K, k2 = k * k, hPrime = metric.HPrime, etaPrime = metric.EtaPrime, tau = bg.Tau;
        if (L.NcdmFluid)
        {
            int f = L.Ncdm;
            double w = bg.NcdmW, ca2 = bg.NcdmCa2;
            double delta = y[f], theta = y[f + 1], sigma = y[f + 2];
            double onePlusW = 1 + w;
            dy[f] = -onePlusW * (theta + 0.5 * hPrime) - 3 * bg.Hubble * (ca2 - w) * delta;
            dy[f + 1] = -bg.Hubble * (1 - 3 * ca2) * theta + ca2 / onePlusW * k2 * delta - k2 * sigma;
            double cvis2 = 3 * w * ca2;
            dy[f + 2] = -3 * (1 / tau + bg.Hubble * (2.0 / 3.0 - ca2 - bg.NcdmPseudoOverP / 3)) * sigma + 8.0 / 3.0 * cvis2 / onePlusW * (theta + 0.5 * hPrime);
            return;
        }

        int lN = L.NcdmLMax;
        double am2 = bg.A2 * massSquared;
        for (int i = 0; i < nq; i++)
        {
            double q = nodeQ[i];
            double eps = Math.Sqrt(q * q + am2);
            double qk = q * k / eps;
            double s = nodeSlope[i];
            int b = L.Ncdm + i * (lN + 1);
            dy[b] = -qk * y[b + 1] + hPrime / 6 * s;
            dy[b + 1] = qk / 3 * (y[b] - 2 * y[b + 2]);
            dy[b + 2] = qk / 5 * (2 * y[b + 1] - 3 * y[b + 3]) - (hPrime / 15 + 0.4 * etaPrime) * s;
            StreamingTerms(y.Slice(b, lN + 1), dy.Slice(b, lN + 1), qk, 0);

            dy[b + lN] = qk * y[b + lN - 1] - (lN + 1) / tau * y[b + lN];
        }
    }

    /// <summary>
    /// The free-streaming couplings of a Legendre hierarchy for 3 ≤ l &lt; l_max, ψ_l' = r [l ψ_{l−1} − (l+1) ψ_{l+1}]/(2l+1)
    /// − d ψ_l, with r = k for photons and massless neutrinos, qk/ε for a non-cold momentum node (MB95 eqs. 63–64, 49,
    /// 58), and d = κ' for the photon temperature and polarisation (0 otherwise). The ratios l/(2l+1) and
    /// (l+1)/(2l+1) are tabulated and the l loop vectorised: these loops are most of a large state's right-hand side.
    /// </summary>
    private static void StreamingTerms(ReadOnlySpan<double> psi, Span<double> dPsi, double rate, double damping)
    {
        int last = psi.Length - 1;
        int l = 3;
        if (Vector.IsHardwareAccelerated)
        {
            var r = new Vector<double>(rate);
            var d = new Vector<double>(damping);
            for (; l + Vector<double>.Count <= last; l += Vector<double>.Count)
            {
                var lower = new Vector<double>(LowerRatio.AsSpan(l));
                var upper = new Vector<double>(UpperRatio.AsSpan(l));
                var below = new Vector<double>(psi[(l - 1)..]);
                var at = new Vector<double>(psi[l..]);
                var above = new Vector<double>(psi[(l + 1)..]);
                (r * (lower * below - upper * above) - d * at).CopyTo(dPsi[l..]);
            }
        }

        for (; l < last; l++)
        {
            dPsi[l] = rate * (LowerRatio[l] * psi[l - 1] - UpperRatio[l] * psi[l + 1]) - damping * psi[l];
        }
    }

    /// <summary>δρ̃/ρ̃ of total matter (c + b + ncdm) plus 3ℋθ_m/k² (docs/physics/boltzmann.md §7), at x = ln a.</summary>
    public double ComovingMatterContrast(double x, ReadOnlySpan<double> y)
    {
        double a = Math.Exp(x);
        background.Densities(a, out var d);
        double hubble = a * Math.Sqrt(d.Total);
        double deltaRho = d.Cdm * y[PerturbationLayout.DeltaCdm] + d.Baryon * y[PerturbationLayout.DeltaBaryon];
        double rhoPlusPTheta = d.Baryon * y[PerturbationLayout.ThetaBaryon];
        NcdmMoments(a, y, out double ncdmDeltaRho, out double ncdmTheta, out _);
        deltaRho += ncdmDeltaRho;
        rhoPlusPTheta += ncdmTheta;
        double rhoM = d.Cdm + d.Baryon + d.Ncdm;
        double thetaM = rhoPlusPTheta / (rhoM + d.NcdmPressure);
        return deltaRho / rhoM + 3 * hubble * thetaM / (K * K);
    }

    /// <summary>δρ̃, (ρ̃+p̃)θ and (ρ̃+p̃)σ of the non-cold species (MB95 eq. 55 with the node sums).</summary>
    public void NcdmMoments(double a, ReadOnlySpan<double> y, out double deltaRho, out double rhoPlusPTheta, out double rhoPlusPSigma)
    {
        var L = Layout;
        deltaRho = rhoPlusPTheta = rhoPlusPSigma = 0;
        if (nodeQ.Length == 0)
        {
            return;
        }

        if (L.NcdmFluid)
        {
            background.Densities(a, out var d);
            deltaRho = d.Ncdm * y[L.Ncdm];
            rhoPlusPTheta = (d.Ncdm + d.NcdmPressure) * y[L.Ncdm + 1];
            rhoPlusPSigma = (d.Ncdm + d.NcdmPressure) * y[L.Ncdm + 2];
            return;
        }

        NcdmQuadrature(y, a * a, withShear: true, out deltaRho, out rhoPlusPTheta, out rhoPlusPSigma);
        double n4 = normalisation / (a * a * a * a);
        deltaRho *= n4;
        rhoPlusPTheta *= n4 * K;
        rhoPlusPSigma *= 2.0 / 3.0 * n4;
    }

    private void PhotonHierarchy(ReadOnlySpan<double> y, Span<double> dy, double k, double kappa, double tau, double hPrime, double etaPrime, double thetaB)
    {
        var L = Layout;
        int g = L.Photon, p = L.Polarisation;
        int lMax = L.PhotonLMax, pMax = L.PolarisationLMax;
        double k2 = k * k;
        double deltaG = y[g], thetaG = y[g + 1], f2 = y[g + 2];
        double sigmaG = 0.5 * f2;
        double pi = f2 + y[p] + y[p + 2];
        dy[g] = -4.0 / 3.0 * thetaG - 2.0 / 3.0 * hPrime;
        dy[g + 1] = k2 * (0.25 * deltaG - sigmaG) + kappa * (thetaB - thetaG);
        dy[g + 2] = 8.0 / 15.0 * thetaG - 0.6 * k * y[g + 3] + 4.0 / 15.0 * hPrime + 1.6 * etaPrime - 0.9 * kappa * f2 + 0.1 * kappa * (y[p] + y[p + 2]);
        StreamingTerms(y.Slice(g, lMax + 1), dy.Slice(g, lMax + 1), k, kappa);

        dy[g + lMax] = k * y[g + lMax - 1] - ((lMax + 1) / tau + kappa) * y[g + lMax];
        dy[p] = -k * y[p + 1] + kappa * (0.5 * pi - y[p]);
        dy[p + 1] = k / 3 * (y[p] - 2 * y[p + 2]) - kappa * y[p + 1];
        dy[p + 2] = k / 5 * (2 * y[p + 1] - 3 * y[p + 3]) + kappa * (0.1 * pi - y[p + 2]);
        StreamingTerms(y.Slice(p, pMax + 1), dy.Slice(p, pMax + 1), k, kappa);

        dy[p + pMax] = k * y[p + pMax - 1] - ((pMax + 1) / tau + kappa) * y[p + pMax];
    }

    private static void FreeStreamingHierarchy(ReadOnlySpan<double> y, Span<double> dy, int u, int lMax, double k, double tau, double hPrime, double etaPrime)
    {
        double k2 = k * k;
        double deltaU = y[u], thetaU = y[u + 1], f2 = y[u + 2];
        dy[u + 1] = k2 * (0.25 * deltaU - 0.5 * f2);
        dy[u + 2] = 8.0 / 15.0 * thetaU - 0.6 * k * y[u + 3] + 4.0 / 15.0 * hPrime + 1.6 * etaPrime;
        StreamingTerms(y.Slice(u, lMax + 1), dy.Slice(u, lMax + 1), k, 0);

        dy[u + lMax] = k * y[u + lMax - 1] - (lMax + 1) / tau * y[u + lMax];
    }

    /// <summary>Background at one x = ln a: a², ℋ, κ' = a n_e σ_T, d ln κ'/d ln a, c_s², τ, the densities and the fluid w, c_a², p̂/p.</summary>
    private struct ModeBackground
    {
        public double A2;
        public double Hubble;
        public double Kappa;
        public double DLnKappa;
        public double BaryonSoundSpeed2;
        public double Tau;
        public BackgroundDensities Densities;
        public double NcdmW;
        public double NcdmCa2;
        public double NcdmPseudoOverP;
    }

    /// <summary>h', η' (Mpc⁻¹) and the baryon velocity the other blocks must use (−h'/2 when held).</summary>
    private readonly record struct MetricRates(double HPrime, double EtaPrime, double ThetaBaryon);
}
