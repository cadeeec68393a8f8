using System.Numerics;
using System.Runtime.InteropServices;
using Freestream.Numerics;

namespace Freestream.Production;

/// <summary>
/// The S ↔ NN collision term with quantum statistics (massless N, isotropic occupations), advanced implicitly over
/// one time step on the comoving grid (docs/physics/scalar_decay_validity.md §1).
/// </summary>
/// <remarks>
/// <para>Physics. A scalar of energy E decays into N of momenta p and E − p, uniform in p over the band
/// [(E − k)/2, (E + k)/2]; per pair the net rate carries
/// B = f_S(1 − f_N(p))(1 − f_N(E − p)) − f_N(p) f_N(E − p)(1 + f_S) = f_S(1 − f_N(p) − f_N(E − p)) − f_N(p) f_N(E − p),
/// so ∂f_S/∂t = −(Γ m_S/E) ⟨B⟩_band and ∂f_N(p)/∂t = (2Γ m_S/(g_N p²)) ∫_{p + m_S²/4p}^∞ dE B (g_N = 2): S → NN with
/// Pauli blocking and NN → S with Bose enhancement. B vanishes for Bose–Einstein f_S and Fermi–Dirac f_N at a common
/// temperature and 2μ_N = μ_S (detailed balance).</para>
/// <para>Discretisation. Scalar node k deposits into N cell i the fraction w_ki of its band (the
/// <see cref="DecayBand"/> trapezoid, exact cell overlaps); the pair rate B_ki uses f_N at the daughter momentum
/// p* = ξ_i (or the nearer band edge for a cell the band covers only in part) and at the partner momentum ε_k − p*, both
/// interpolated between neighbouring nodes linearly in f_N,eq (the Fermi–Dirac occupation at the plasma temperature):
/// a convex combination of node values that is exact when N is in equilibrium, so that equilibrium is an exact fixed
/// point of the discrete equations.
/// The same w_ki B_ki enters the S loss and (twice) the N gain: g_N n_N + 2 n_S is conserved to the solver tolerance, up to daughters leaving the grid (counted in <see cref="Leaked"/>).</para>
/// <para>Time. With the rates frozen at the step's midpoint temperature, the θ-method
/// x₁ = x₀ + Δt[θC(x₀) + (1 − θ)C(x₁)] with θ = ½/(1 + ρΔt) (ρ the largest diagonal rate): trapezoidal (second order)
/// while ρΔt ≪ 1, backward Euler (L-stable, f_N ≤ 1 kept) where S ↔ NN is many times faster than the step. The
/// implicit equations are solved by fixed-point iteration when ρΔt &lt; 0.1, otherwise by Newton's method with the
/// exact Jacobian (the system is quadratic) and a dense LU; a method-of-lines ODE integrator would need the same
/// Jacobian at every stage and would not keep the scalar annihilation's exponential integrator
/// (<see cref="ScalarDecayEvolution"/>), which Strang-splits it between two half steps of production/annihilation.</para>
/// </remarks>
internal sealed class ScalarSterileExchange
{
    private const double PicardLimit = 0.5;
    private const double Tolerance = 1e-11;
    private const int MaxIterations = 60;

    private readonly ComovingMomentumGrid grid;
    private readonly int scalarCount;
    private readonly int sterileCount;
    private readonly List<Pair> pairs = [];
    private readonly double[] leakWeight;
    private readonly double[] decay;
    private readonly double[] start;
    private readonly double[] state;
    private readonly double[] rate0;
    private readonly double[] rate;
    private readonly double[] update;
    private readonly double[] diagonal;
    private readonly double[] boltzmannAtNode;
    private readonly double[] nodeGapExpM1;
    private readonly int[] lowerNodeOfNode;
    private readonly int[] activeIndex;
    private readonly double[] edges;
    private readonly int[] activeNode;
    private readonly Dictionary<int, DenseLu> factorisers = [];
    private PairDerivatives[] derivatives = [];
    private double[] reducedScalarRows = [];

    // N nodes [touchedFirst, touchedEnd) that the pairs of this step touch; rate0, rate and diagonal are zero
    // at every other N node, where C ≡ 0.
    private int touchedFirst;
    private int touchedEnd;

    public ScalarSterileExchange(ComovingMomentumGrid grid)
    {
        this.grid = grid;
        scalarCount = grid.ScalarCount;
        sterileCount = grid.Xi.Length;
        int n = scalarCount + sterileCount;
        leakWeight = new double[scalarCount];
        decay = new double[scalarCount];
        start = new double[n];
        state = new double[n];
        rate0 = new double[n];
        rate = new double[n];
        update = new double[n];
        diagonal = new double[n];
        boltzmannAtNode = new double[sterileCount];
        nodeGapExpM1 = new double[sterileCount];
        activeIndex = new int[sterileCount];
        edges = new double[sterileCount + 1];
        for (int i = 0; i < sterileCount; i++)
        {
            edges[i] = grid.LowerEdge(i);
        }

        edges[sterileCount] = grid.LowerEdge(sterileCount - 1) * Math.Exp(grid.LogStep);
        // LowerNode of each node itself (the daughter momentum of every cell the band covers whole), formed once.
        lowerNodeOfNode = new int[sterileCount];
        for (int i = 0; i < sterileCount; i++)
        {
            lowerNodeOfNode[i] = LowerNode(grid.Xi[i], grid.LogStep);
        }

        activeNode = new int[sterileCount];
    }

    /// <summary>Net S → NN decays of the last step (Σ V f_S units; negative for net inverse decays).</summary>
    public double NetDecayed { get; private set; }

    /// <summary>N that left the grid in the last step (cell-content units, 2 per decay).</summary>
    public double Leaked { get; private set; }

    /// <summary>Largest diagonal rate times Δt of the last step (stiffness).</summary>
    public double StiffnessRatio { get; private set; }

    /// <summary>
    /// Advances f_S (S nodes) and the N cell contents c_i = g_N V_i f_i over Δt.
    /// </summary>
    /// <param name="scalarOccupation">f_S on the S nodes, updated.</param>
    /// <param name="sterileContent">c_i = g_N V_i f_N,i, updated.</param>
    /// <param name="decayRate">Γ m_S/E_k (GeV) at the midpoint.</param>
    /// <param name="muStart">m_S/T̃ at the start of the step.</param>
    /// <param name="muMid">m_S/T̃ at the midpoint.</param>
    /// <param name="muEnd">m_S/T̃ at the end of the step.</param>
    /// <param name="tau">T/T̃ at the midpoint: f_N,eq(ξ) = 1/(e^{ξ/τ} + 1).</param>
    /// <param name="dt">Δt in GeV⁻¹.</param>
    /// <returns>False when the implicit equations did not converge.</returns>
    public bool Advance(Span<double> scalarOccupation, Span<double> sterileContent, ReadOnlySpan<double> decayRate,
        double muStart, double muMid, double muEnd, double tau, double dt)
    {
        decayRate.CopyTo(decay);
        BuildPairs(muStart, muMid, muEnd, tau);
        int n = scalarCount + sterileCount;
        for (int k = 0; k < scalarCount; k++)
        {
            start[k] = scalarOccupation[k];
        }

        for (int i = 0; i < sterileCount; i++)
        {
            start[scalarCount + i] = sterileContent[i] / (ScalarDecaySolver.SterileDegeneracy * grid.Weight[i]);
        }

        Rates(start, rate0, diagonal);
        double rho = 0;
        for (int u = 0; u < n; u++)
        {
            rho = Math.Max(rho, diagonal[u]);
        }

        StiffnessRatio = rho * dt;
        double theta = 0.5 / (1 + StiffnessRatio);
        start.CopyTo(state, 0);
        bool converged = StiffnessRatio < PicardLimit ? FixedPoint(theta, dt) : Newton(theta, dt);
        if (!converged)
        {
            return false;
        }

        double netDecayed = 0;
        double leaked = 0;
        for (int k = 0; k < scalarCount; k++)
        {
            double v = grid.Weight[grid.ScalarStart + k];
            double f1 = Math.Max(0, state[k]);
            netDecayed += v * (start[k] - f1);
            leaked += 2 * dt * v * decay[k] * leakWeight[k] * (theta * start[k] + (1 - theta) * f1);
            scalarOccupation[k] = f1;
        }

        for (int i = 0; i < sterileCount; i++)
        {
            double f1 = Math.Max(0, state[scalarCount + i]);
            sterileContent[i] = ScalarDecaySolver.SterileDegeneracy * grid.Weight[i] * f1;
        }

        NetDecayed = netDecayed;
        Leaked = leaked;
        return true;
    }

    /// <summary>
    /// Rate (GeV) at which NN → S would remove N, per N, for the pairs of the last <see cref="BuildPairs"/>:
    /// Σ 2V_k(Γm/E_k) w_ki f_i f̃ (1 + f_S,k) / Σ c_i.
    /// </summary>
    public double InverseDecayRate(ReadOnlySpan<double> scalarOccupation, ReadOnlySpan<double> sterileContent, ReadOnlySpan<double> decayRate)
    {
        double content = 0;
        for (int i = 0; i < sterileCount; i++)
        {
            content += sterileContent[i];
        }

        if (content <= 0)
        {
            return 0;
        }

        double inverse = 0;
        foreach (ref readonly var pair in CollectionsMarshal.AsSpan(pairs))
        {
            double fN = pair.DaughterLow * Occupation(sterileContent, pair.Daughter) + pair.DaughterHigh * Occupation(sterileContent, pair.Daughter + 1);
            double partner = pair.Low * Occupation(sterileContent, pair.Partner) + pair.High * Occupation(sterileContent, pair.Partner + 1);
            inverse += 2 * grid.Weight[grid.ScalarStart + pair.Scalar] * decayRate[pair.Scalar] * pair.Weight * fN * partner * (1 + scalarOccupation[pair.Scalar]);
        }

        return inverse / content;
    }

    /// <summary>
    /// Largest |forward − backward|/forward over the pairs built by <see cref="BuildPairs"/>, forward = f_S(1 − f_i)(1 − f̃),
    /// backward = f_i f̃(1 + f_S): zero when detailed balance holds.
    /// </summary>
    internal double MaxRelativeImbalance(ReadOnlySpan<double> scalarOccupation, ReadOnlySpan<double> sterileOccupation)
    {
        double worst = 0;
        foreach (ref readonly var pair in CollectionsMarshal.AsSpan(pairs))
        {
            double fS = scalarOccupation[pair.Scalar];
            double fN = pair.DaughterOccupation(sterileOccupation, 0);
            double partner = pair.PartnerOccupation(sterileOccupation, 0);
            double forward = fS * (1 - fN) * (1 - partner);
            double backward = fN * partner * (1 + fS);
            if (forward > 0)
            {
                worst = Math.Max(worst, Math.Abs(forward - backward) / forward);
            }
        }

        return worst;
    }

    /// <summary>Band weights and partner interpolation of every (S node, N cell) pair at this step.</summary>
    /// <param name="muStart">m_S/T̃ at the start of the step.</param>
    /// <param name="muMid">m_S/T̃ at the midpoint.</param>
    /// <param name="muEnd">m_S/T̃ at the end of the step.</param>
    /// <param name="tau">T/T̃ at the midpoint.</param>
    internal void BuildPairs(double muStart, double muMid, double muEnd, double tau)
    {
        pairs.Clear();
        var xi = grid.Xi;
        for (int i = 0; i < sterileCount; i++)
        {
            boltzmannAtNode[i] = Math.Exp(-xi[i] / tau);
        }

        // f_eq(ξ_{m+1})/f_eq(ξ_m) − 1 per node, the denominator of every partner weight on that cell.
        for (int m = 0; m + 1 < sterileCount; m++)
        {
            nodeGapExpM1[m] = RatioToNodeMinusOne(xi[m + 1], m, tau);
        }

        int lowestNode = sterileCount;
        int endNode = 0;
        double step = grid.LogStep;
        double bottom = edges[0];
        double top = edges[sterileCount];
        for (int k = 0; k < scalarCount; k++)
        {
            double xk = xi[grid.ScalarStart + k];
            double energy = Math.Sqrt(xk * xk + muMid * muMid);
            double lowest = DecayBand.LowerDaughterMomentum(xk, muMid);
            double highest = energy - lowest;
            double scalarVolume = grid.Weight[grid.ScalarStart + k];
            var band = DecayBand.Of(xk, muStart, muEnd);
            leakWeight[k] = band.Cumulative(bottom) + 1 - band.Cumulative(top);
            int first = Math.Max(0, grid.CellOf(band.Start));
            int last = Math.Min(sterileCount - 1, grid.CellOf(band.End));
            double below = first <= last ? band.Cumulative(edges[first]) : 0;
            int m = -1;
            for (int i = first; i <= last; i++)
            {
                double above = band.Cumulative(edges[i + 1]);
                double weight = above - below;
                below = above;
                if (weight <= 0)
                {
                    continue;
                }

                // Daughter momentum p* (node ξ_i, or the band edge for cells the band only partly covers) and partner ε − p*.
                double daughter = Math.Clamp(xi[i], lowest, highest);
                int a = daughter == xi[i] ? lowerNodeOfNode[i] : LowerNode(daughter, step);
                double s = EquilibriumWeight(daughter, a, tau);
                double q = energy - daughter;

                // The partner momentum only decreases along the band (p* increases): walk down from the last node.
                if (m < 0)
                {
                    m = LowerNode(q, step);
                }

                while (m > 0 && q < xi[m])
                {
                    m--;
                }

                double t = EquilibriumWeight(q, m, tau);
                pairs.Add(new Pair(k, i, weight, a, 1 - s, s, m, 1 - t, t, scalarVolume / grid.Weight[i]));
                lowestNode = Math.Min(lowestNode, Math.Min(i, Math.Min(a, m)));
                endNode = Math.Max(endNode, Math.Max(i + 1, Math.Max(a, m) + 2));
            }
        }

        SetTouchedRange(Math.Min(lowestNode, endNode), endNode);
    }

    /// <summary>Moves the touched range to [first, end), zeroing the rate arrays at the N nodes it no longer covers.</summary>
    private void SetTouchedRange(int first, int end)
    {
        foreach (var array in (ReadOnlySpan<double[]>)[rate0, rate, diagonal])
        {
            var nodes = array.AsSpan(scalarCount, sterileCount);
            int belowEnd = Math.Min(touchedEnd, first);
            if (belowEnd > touchedFirst)
            {
                nodes[touchedFirst..belowEnd].Clear();
            }

            int aboveStart = Math.Max(touchedFirst, end);
            if (touchedEnd > aboveStart)
            {
                nodes[aboveStart..touchedEnd].Clear();
            }
        }

        touchedFirst = first;
        touchedEnd = end;
    }

    /// <summary>The node m with ξ_m ≤ x &lt; ξ_{m+1}, clamped to [0, n − 2].</summary>
    private int LowerNode(double x, double step) =>
        x <= grid.Xi[0] ? 0 : Math.Min((int)Math.Floor(Math.Log(x / grid.Xi[0]) / step), sterileCount - 2);

    private double Occupation(ReadOnlySpan<double> sterileContent, int i) => sterileContent[i] / (ScalarDecaySolver.SterileDegeneracy * grid.Weight[i]);

    /// <summary>
    /// Weight t of node m + 1 in f(x) ≈ (1 − t) f_m + t f_{m+1}, linear in f_N,eq: t = (f_eq(ξ_m) − f_eq(q))/(f_eq(ξ_m) − f_eq(ξ_{m+1})),
    /// exact for f_N = a f_N,eq + b and a convex combination (f̃ between the node values) for any f_N. Evaluated with ratios of
    /// f_eq, which stay finite deep in the Boltzmann tail; 0 below the grid and 1 above it.
    /// </summary>
    private double EquilibriumWeight(double q, int m, double tau)
    {
        var xi = grid.Xi;
        if (q <= xi[m])
        {
            return 0;
        }

        if (q >= xi[m + 1])
        {
            return 1;
        }

        double gap = nodeGapExpM1[m];
        if (gap > -1e-12)
        {
            return (q - xi[m]) / (xi[m + 1] - xi[m]);
        }

        return Math.Clamp(RatioToNodeMinusOne(q, m, tau) / gap, 0, 1);
    }

    /// <summary>
    /// f_eq(x)/f_eq(ξ_m) − 1 for x ≥ ξ_m: with d = (x − ξ_m)/τ and f_eq = 1/(e^{ξ/τ} + 1) this is exactly
    /// (e^{−d} − 1)/(1 + e^{−x/τ}), which needs one exp-minus-one and stays accurate both for d ≪ 1 and deep in the
    /// Boltzmann tail (where e^{−x/τ} underflows harmlessly).
    /// </summary>
    private double RatioToNodeMinusOne(double x, int m, double tau)
    {
        double decrement = double.ExpM1(-(x - grid.Xi[m]) / tau);
        return decrement / (1 + boltzmannAtNode[m] * (1 + decrement));
    }

    /// <summary>
    /// C(x): S entries −(Γm/E)⟨B⟩, N entries ∂f_i/∂t; a non-empty <paramref name="diag"/> gets |∂C_u/∂x_u| (only the
    /// step's first evaluation needs it, for the stiffness).
    /// </summary>
    private void Rates(ReadOnlySpan<double> x, Span<double> c, Span<double> diag)
    {
        // The S entries are assigned below; only the N entries the pairs touch accumulate from zero (the others stay 0).
        c.Slice(scalarCount + touchedFirst, touchedEnd - touchedFirst).Clear();
        for (int k = 0; k < scalarCount; k++)
        {
            c[k] = -decay[k] * leakWeight[k] * x[k];
        }

        var pairSpan = CollectionsMarshal.AsSpan(pairs);
        foreach (ref readonly var pair in pairSpan)
        {
            int k = pair.Scalar;
            double fS = x[k];
            double fN = pair.DaughterOccupation(x, scalarCount);
            double partner = pair.PartnerOccupation(x, scalarCount);
            double perScalar = decay[k] * pair.Weight;
            double b = fS * (1 - fN - partner) - fN * partner;
            c[k] -= perScalar * b;
            c[scalarCount + pair.Cell] += perScalar * pair.VolumeRatio * b;
        }

        if (diag.IsEmpty)
        {
            return;
        }

        diag.Slice(scalarCount + touchedFirst, touchedEnd - touchedFirst).Clear();
        for (int k = 0; k < scalarCount; k++)
        {
            diag[k] = decay[k] * leakWeight[k];
        }

        foreach (ref readonly var pair in pairSpan)
        {
            int k = pair.Scalar;
            double fN = pair.DaughterOccupation(x, scalarCount);
            double partner = pair.PartnerOccupation(x, scalarCount);
            double perScalar = decay[k] * pair.Weight;
            diag[k] += perScalar * Math.Abs(1 - fN - partner);
            diag[scalarCount + pair.Cell] += perScalar * pair.VolumeRatio * (x[k] + partner);
        }
    }

    private bool FixedPoint(double theta, double dt)
    {
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            Rates(state, rate, []);
            double change = 0;
            double scale = 0;
            for (int u = 0; u < state.Length; u++)
            {
                double next = start[u] + dt * (theta * rate0[u] + (1 - theta) * rate[u]);
                change = Math.Max(change, Math.Abs(next - state[u]));
                scale = Math.Max(scale, Math.Abs(next));
                state[u] = next;
            }

            if (change <= Tolerance * scale)
            {
                return true;
            }
        }

        return Newton(theta, dt);
    }

    /// <summary>
    /// Newton's method on F(x) = x − x₀ − Δt[θC(x₀) + (1 − θ)C(x)] with the exact Jacobian J = I − hC′ (h = (1 − θ)Δt).
    /// S nodes couple only to N (their block of J is diagonal), so they are eliminated and the Schur complement is
    /// factorised on the N nodes that the bands and partners touch. The factorisation is reused (chord iterations)
    /// while the corrections shrink at least threefold per iteration.
    /// </summary>
    private bool Newton(double theta, double dt)
    {
        int n = state.Length;
        double h = dt * (1 - theta);
        int active = MarkActive();
        var lu = Factoriser(active);
        if (reducedScalarRows.Length < scalarCount * active)
        {
            reducedScalarRows = new double[scalarCount * active];
        }

        if (derivatives.Length < pairs.Count)
        {
            derivatives = new PairDerivatives[pairs.Count * 2];
        }

        Span<double> reduced = active <= 1024 ? stackalloc double[active] : new double[active];
        bool factorised = false;
        double previousChange = double.PositiveInfinity;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            Rates(state, rate, []);
            for (int u = 0; u < n; u++)
            {
                update[u] = -(state[u] - start[u] - dt * theta * rate0[u] - h * rate[u]);
            }

            if (!factorised)
            {
                if (!Factorise(lu, active, h))
                {
                    return false;
                }

                factorised = true;
            }

            // Reduced right-hand side −F_N + C D⁻¹ F_S (update holds −F), solve, back-substitute δs = D⁻¹(−F_S − B δf).
            for (int r = 0; r < active; r++)
            {
                reduced[r] = update[scalarCount + activeNode[r]];
            }

            var pairSpan = CollectionsMarshal.AsSpan(pairs);
            for (int p = 0; p < pairSpan.Length; p++)
            {
                int k = pairSpan[p].Scalar;
                reduced[activeIndex[pairSpan[p].Cell]] -= derivatives[p].SterileScalar * update[k] / diagonal[k];
            }

            lu.Solve(reduced);
            Array.Clear(update, scalarCount, sterileCount);
            for (int r = 0; r < active; r++)
            {
                update[scalarCount + activeNode[r]] = reduced[r];
            }

            for (int p = 0; p < pairSpan.Length; p++)
            {
                ref readonly var pair = ref pairSpan[p];
                ref readonly var d = ref derivatives[p];
                int low = scalarCount + pair.Partner;
                int first = scalarCount + pair.Daughter;
                update[pair.Scalar] -= d.ScalarSterile * (pair.DaughterLow * update[first] + pair.DaughterHigh * update[first + 1])
                    + d.ScalarPartner * (pair.Low * update[low] + pair.High * update[low + 1]);
            }

            for (int k = 0; k < scalarCount; k++)
            {
                update[k] /= diagonal[k];
            }

            double change = 0;
            double scale = 0;
            for (int u = 0; u < n; u++)
            {
                // Projected Newton: f_S ≥ 0 and 0 ≤ f_N ≤ 1 (the exact solution lies inside; far from it a full step may not).
                double next = Math.Max(state[u] + update[u], 0);
                next = u >= scalarCount ? Math.Min(next, 1) : next;
                change = Math.Max(change, Math.Abs(next - state[u]));
                state[u] = next;
                scale = Math.Max(scale, next);
            }

            if (!double.IsFinite(change))
            {
                return false;
            }

            if (change <= Tolerance * scale)
            {
                // A projected iterate can stall on a bound without solving the equations: accept only a small residual.
                return ResidualIsSmall(theta, dt);
            }

            factorised = change < previousChange / 3;
            previousChange = change;
        }

        return false;
    }

    /// <summary>
    /// Builds the pair derivatives, the S diagonal D and the Schur complement E − C D⁻¹ B on the active N nodes at the
    /// current state, and factorises it.
    /// </summary>
    private bool Factorise(DenseLu lu, int active, double h)
    {
        var pairSpan = CollectionsMarshal.AsSpan(pairs);
        var a = lu.Matrix;
        Array.Clear(a, 0, active * active);
        for (int r = 0; r < active; r++)
        {
            a[r * active + r] = 1;
        }

        for (int k = 0; k < scalarCount; k++)
        {
            diagonal[k] = 1 + h * decay[k] * leakWeight[k];
        }

        for (int p = 0; p < pairSpan.Length; p++)
        {
            ref readonly var pair = ref pairSpan[p];
            var d = Derivatives(pair, h);
            derivatives[p] = d;
            diagonal[pair.Scalar] += d.ScalarScalar;
            int i = activeIndex[pair.Cell];
            a[i * active + activeIndex[pair.Daughter]] += d.SterileSterile * pair.DaughterLow;
            a[i * active + activeIndex[pair.Daughter + 1]] += d.SterileSterile * pair.DaughterHigh;
            a[i * active + activeIndex[pair.Partner]] += d.SterilePartner * pair.Low;
            a[i * active + activeIndex[pair.Partner + 1]] += d.SterilePartner * pair.High;
        }

        // Rows D⁻¹B_k on the active nodes, then E − C D⁻¹B row by row.
        var rows = reducedScalarRows.AsSpan(0, scalarCount * active);
        rows.Clear();
        for (int p = 0; p < pairSpan.Length; p++)
        {
            ref readonly var pair = ref pairSpan[p];
            ref readonly var d = ref derivatives[p];
            double inverse = 1 / diagonal[pair.Scalar];
            if (!double.IsFinite(inverse))
            {
                return false;
            }

            var row = rows.Slice(pair.Scalar * active, active);
            row[activeIndex[pair.Daughter]] += d.ScalarSterile * pair.DaughterLow * inverse;
            row[activeIndex[pair.Daughter + 1]] += d.ScalarSterile * pair.DaughterHigh * inverse;
            row[activeIndex[pair.Partner]] += d.ScalarPartner * pair.Low * inverse;
            row[activeIndex[pair.Partner + 1]] += d.ScalarPartner * pair.High * inverse;
        }

        for (int p = 0; p < pairSpan.Length; p++)
        {
            double c = derivatives[p].SterileScalar;
            var source = rows.Slice(pairSpan[p].Scalar * active, active);
            var target = a.AsSpan(activeIndex[pairSpan[p].Cell] * active, active);
            SubtractScaled(target, source, c);
        }

        return lu.Factor();
    }

    /// <summary>target −= c × source, vectorised.</summary>
    private static void SubtractScaled(Span<double> target, ReadOnlySpan<double> source, double c)
    {
        int j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<double>(c);
            var targetVectors = MemoryMarshal.Cast<double, Vector<double>>(target);
            var sourceVectors = MemoryMarshal.Cast<double, Vector<double>>(source);
            for (int v = 0; v < targetVectors.Length; v++)
            {
                targetVectors[v] -= factor * sourceVectors[v];
            }

            j = targetVectors.Length * Vector<double>.Count;
        }

        for (; j < target.Length; j++)
        {
            target[j] -= c * source[j];
        }
    }

    private bool ResidualIsSmall(double theta, double dt)
    {
        Rates(state, rate, []);
        double residual = 0;
        double scale = 0;
        for (int u = 0; u < state.Length; u++)
        {
            residual = Math.Max(residual, Math.Abs(state[u] - start[u] - dt * (theta * rate0[u] + (1 - theta) * rate[u])));
            scale = Math.Max(scale, Math.Abs(state[u]) + Math.Abs(start[u]));
        }

        return residual <= 1e3 * Tolerance * scale;
    }

    /// <summary>Entries of J = I − hC′ contributed by one pair at the current state (B = f_S(1 − f_i − f̃) − f_i f̃).</summary>
    private PairDerivatives Derivatives(in Pair pair, double h)
    {
        int k = pair.Scalar;
        double fS = state[k];
        double fN = pair.DaughterOccupation(state, scalarCount);
        double partner = pair.PartnerOccupation(state, scalarCount);
        double perScalar = h * decay[k] * pair.Weight;
        double perSterile = perScalar * pair.VolumeRatio;
        double dScalar = 1 - fN - partner;
        double dSterile = -(fS + partner);
        double dPartner = -(fS + fN);

        // C_k = −(Γm/E) w B and C_i = (V_k/V_i)(Γm/E) w B.
        return new PairDerivatives(
            ScalarScalar: perScalar * dScalar,
            ScalarSterile: perScalar * dSterile,
            ScalarPartner: perScalar * dPartner,
            SterileScalar: -perSterile * dScalar,
            SterileSterile: -perSterile * dSterile,
            SterilePartner: -perSterile * dPartner);
    }

    /// <summary>Numbers the N nodes that any pair touches; returns their count.</summary>
    private int MarkActive()
    {
        Array.Fill(activeIndex, -1);
        int count = 0;
        foreach (ref readonly var pair in CollectionsMarshal.AsSpan(pairs))
        {
            foreach (int node in (ReadOnlySpan<int>)[pair.Cell, pair.Daughter, pair.Daughter + 1, pair.Partner, pair.Partner + 1])
            {
                if (activeIndex[node] < 0)
                {
                    activeIndex[node] = count;
                    activeNode[count++] = node;
                }
            }
        }

        return count;
    }

    private DenseLu Factoriser(int size)
    {
        if (!factorisers.TryGetValue(size, out var lu))
        {
            lu = new DenseLu(size);
            factorisers[size] = lu;
        }

        return lu;
    }

    private readonly record struct PairDerivatives(double ScalarScalar, double ScalarSterile, double ScalarPartner,
        double SterileScalar, double SterileSterile, double SterilePartner);

    /// <param name="Scalar">S node k (0-based on the S grid).</param>
    /// <param name="Cell">N cell i receiving the daughters.</param>
    /// <param name="Weight">Fraction w_ki of the band in cell i.</param>
    /// <param name="Daughter">Lower N node of the interpolation of f_N at the daughter momentum p* (= node i inside the band).</param>
    /// <param name="DaughterLow">Coefficient of f_N at <paramref name="Daughter"/>.</param>
    /// <param name="DaughterHigh">Coefficient of f_N at <paramref name="Daughter"/> + 1.</param>
    /// <param name="Partner">Lower N node of the partner interpolation.</param>
    /// <param name="Low">Coefficient of f_N at <paramref name="Partner"/>.</param>
    /// <param name="High">Coefficient of f_N at <paramref name="Partner"/> + 1.</param>
    /// <param name="VolumeRatio">V_k/V_i: an S decay per unit f_S changes f_N,i by this much per N.</param>
    private readonly record struct Pair(int Scalar, int Cell, double Weight, int Daughter, double DaughterLow, double DaughterHigh, int Partner, double Low, double High, double VolumeRatio)
    {
        /// <summary>f_N at the daughter momentum from occupations stored from <paramref name="offset"/> on.</summary>
        public double DaughterOccupation(ReadOnlySpan<double> x, int offset) => DaughterLow * x[offset + Daughter] + DaughterHigh * x[offset + Daughter + 1];

        /// <summary>f_N at the partner momentum from occupations stored from <paramref name="offset"/> on.</summary>
        public double PartnerOccupation(ReadOnlySpan<double> x, int offset) => Low * x[offset + Partner] + High * x[offset + Partner + 1];
    }
}
