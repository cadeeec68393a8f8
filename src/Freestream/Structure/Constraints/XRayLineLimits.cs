using System.Globalization;
using System.Text.Json;

namespace Freestream.Structure;

/// <summary>What a published X-ray limit bounds.</summary>
public enum XRayLimitQuantity
{
    /// <summary>An upper limit on sin²2θ (Majorana, all of the dark matter).</summary>
    Sin2TwoTheta,

    /// <summary>A lower limit on the radiative lifetime τ_γ = 1/Γ(N → νγ) in seconds.</summary>
    LifetimeSeconds,
}

/// <summary>
/// One published non-detection of the N → νγ line, in one of two forms. A quoted value at one mass with the window of line
/// energies it covers: inside the window the limit is carried at constant lifetime (sin²2θ_max ∝ m⁻⁵ through Γ_γ of
/// docs/physics/dodelson_widrow_xray.md eq. 8) and interpolated log–log between the nodes (window edges and the quoted
/// mass). Or a curve the authors published as numbers (<paramref name="Tabulated"/>, ascending in mass): interpolated
/// log–log between its nodes, which then also give the window.
/// </summary>
public sealed record XRayLineLimit(
    string Id,
    string Title,
    XRayLimitQuantity Quantity,
    double MassKeV,
    double Value,
    double WindowMinKeV,
    double WindowMaxKeV,
    string ConfidenceLevel,
    string Reference,
    string ArXiv,
    string Location,
    bool Verified,
    string Checked,
    IReadOnlyList<(double MassKeV, double Sin2TwoTheta)>? Tabulated = null)
{
    /// <summary>sin²2θ_max at the quoted mass (Majorana, all of the dark matter).</summary>
    public double QuotedSin2TwoTheta => Quantity == XRayLimitQuantity.Sin2TwoTheta ? Value : XRayLineLimits.Sin2TwoThetaForLifetime(MassKeV, Value);

    /// <summary>(m, sin²2θ_max) nodes, ascending in mass: the published curve, or the window edges and the quoted mass at constant lifetime.</summary>
    public IReadOnlyList<(double MassKeV, double Sin2TwoTheta)> Nodes
    {
        get
        {
            if (Tabulated is { } curve)
            {
                return curve;
            }

            double lifetime = XRayDecay.LifetimeSeconds(MassKeV, QuotedSin2TwoTheta);
            return [.. new[] { WindowMinKeV, MassKeV, WindowMaxKeV }.Distinct().Order().Select(m => (m, XRayLineLimits.Sin2TwoThetaForLifetime(m, lifetime)))];
        }
    }
    /// <summary>sin²2θ_max at <paramref name="massKeV"/>, log–log interpolated between <see cref="Nodes"/>; null outside the window.</summary>
    public double? Sin2TwoThetaMax(double massKeV)
    {
        var nodes = Nodes;
        if (massKeV < nodes[0].MassKeV || massKeV > nodes[^1].MassKeV)
        {
            return null;
        }

        for (int i = 1; i < nodes.Count; i++)
        {
            if (massKeV <= nodes[i].MassKeV)
            {
                var (m0, s0) = nodes[i - 1];
                var (m1, s1) = nodes[i];
                double t = Math.Log(massKeV / m0) / Math.Log(m1 / m0);
                return Math.Exp(Math.Log(s0) + t * Math.Log(s1 / s0));
            }
        }

        return nodes[^1].Sin2TwoTheta;
    }

    /// <summary>"Reference, arXiv:id, location (CL)".</summary>
    public string Citation => $"{Reference}, arXiv:{ArXiv}, {Location} ({ConfidenceLevel}){(Verified ? string.Empty : " [not verified]")}";
}

/// <summary>A claimed detection of the 3.5 keV line, shown as a band in (m_s, sin²2θ).</summary>
public sealed record XRayLineClaim(string Id, string Title, double MassMinKeV, double MassMaxKeV, double Sin2TwoThetaMin, double Sin2TwoThetaMax, string Reference, string ArXiv, string Location, bool Verified)
{
    /// <summary>Whether (m, sin²2θ) lies inside the claim's box.</summary>
    public bool Contains(double massKeV, double sin2TwoTheta) =>
        massKeV >= MassMinKeV && massKeV <= MassMaxKeV && sin2TwoTheta >= Sin2TwoThetaMin * (1 - 1e-9) && sin2TwoTheta <= Sin2TwoThetaMax * (1 + 1e-9);
}

/// <summary>
/// The table of published X-ray line limits by mass (embedded <c>xray-limits.json</c>, docs/constraints.md) and
/// the X-ray verdict built on it: inside the tabulated windows a point is excluded when every analysis covering
/// its mass excludes it, marginal when only some do (the analyses disagree, e.g. Dessert et al. 2020 against the
/// comment of Boyarsky et al. 2021), allowed otherwise. Outside every window there is no verdict: no published limit
/// in the table at that mass, and none is extrapolated (the lifetime bound of one energy does not hold at another, where
/// backgrounds, instruments and targets differ). The verdict says whether the point lies in the 3.5 keV claim band.
/// </summary>
public sealed class XRayLineLimits
{
    private XRayLineLimits(IReadOnlyList<XRayLineLimit> limits, IReadOnlyList<XRayLineClaim> claims)
    {
        Limits = limits;
        Claims = claims;
    }

    /// <summary>The published limits.</summary>
    public IReadOnlyList<XRayLineLimit> Limits { get; }

    /// <summary>The 3.5 keV line claims.</summary>
    public IReadOnlyList<XRayLineClaim> Claims { get; }

    /// <summary>The committed table.</summary>
    public static XRayLineLimits Default { get; } = LoadEmbedded();

    /// <summary>sin²2θ (Majorana) whose radiative lifetime is <paramref name="lifetimeSeconds"/> at mass <paramref name="massKeV"/>: Γ_γ is linear in sin²2θ.</summary>
    public static double Sin2TwoThetaForLifetime(double massKeV, double lifetimeSeconds)
    {
        const double probe = 1e-10;
        return probe * XRayDecay.LifetimeSeconds(massKeV, probe) / lifetimeSeconds;
    }

    /// <summary>The claims whose box holds (m, sin²2θ).</summary>
    public IReadOnlyList<XRayLineClaim> ClaimsAt(double massKeV, double sin2TwoTheta) => [.. Claims.Where(c => c.Contains(massKeV, sin2TwoTheta))];

    /// <summary>Whether some tabulated limit covers <paramref name="massKeV"/>.</summary>
    public bool Covers(double massKeV) => Limits.Any(l => l.Sin2TwoThetaMax(massKeV) is not null);

    /// <summary>Why a mass gets no X-ray verdict: "no published limit in the table at this mass", with the masses the table covers.</summary>
    public string NoPublishedLimit(double massKeV) =>
        Invariant($"no published limit in the table at this mass (m_s = {massKeV:G4} keV; the table covers {string.Join(", ", Limits.Select(l => $"{l.Nodes[0].MassKeV:G4}-{l.Nodes[^1].MassKeV:G4} keV ({l.Id})"))}): no X-ray verdict");

    /// <summary>The verdict for a sterile neutrino with mixing (see the class summary for the rule); null when no tabulated limit covers the mass (<see cref="NoPublishedLimit"/>).</summary>
    /// <param name="massKeV">m_s in keV.</param>
    /// <param name="sin2TwoTheta">Vacuum mixing.</param>
    /// <param name="darkMatterFraction">Ω_s/Ω_DM in (0, 1]: the line is as bright as that of a full-DM species with τ_γ Ω_DM/Ω_s.</param>
    /// <param name="nature">Majorana or Dirac (the tabulated limits assume Majorana; compared through the lifetime).</param>
    public Verdict? Judge(double massKeV, double sin2TwoTheta, double darkMatterFraction = 1.0, SterileNeutrinoNature nature = SterileNeutrinoNature.Majorana)
    {
        var covering = Limits.Select(l => (Limit: l, Max: l.Sin2TwoThetaMax(massKeV))).Where(x => x.Max is not null).ToList();
        if (covering.Count == 0)
        {
            return null;
        }

        double lifetime = XRayLimit.EffectiveLifetimeSeconds(massKeV, sin2TwoTheta, darkMatterFraction, nature);
        var claims = ClaimsAt(massKeV, sin2TwoTheta);
        string band = claims.Count == 0
            ? "outside the 3.5 keV line band"
            : $"inside the 3.5 keV line band ({string.Join("; ", claims.Select(c => $"{c.Reference}, arXiv:{c.ArXiv}"))})";
        int excluding = covering.Count(x => lifetime < XRayDecay.LifetimeSeconds(massKeV, x.Max!.Value));
        var level = excluding == covering.Count ? VerdictLevel.Excluded : excluding > 0 ? VerdictLevel.Marginal : VerdictLevel.Allowed;
        return new Verdict(
            XRayLimit.Criterion,
            level,
            lifetime,
            "s",
            Invariant($"{excluding} of the {covering.Count} limits covering {massKeV:G4} keV exclude it (excluded if all do, marginal if some do); compared as tau_gamma * Omega_DM/Omega_s with the lifetime at the limiting sin^2 2theta (Majorana); {band}"),
            [.. covering.Select(x => new ReferenceValue($"sin^2 2theta_max at {massKeV.ToString("G4", CultureInfo.InvariantCulture)} keV: {x.Limit.Title}", x.Max!.Value, "", x.Limit.Citation))]);
    }

    /// <summary>The verdict of a sterile neutrino without active–sterile mixing: N → νγ does not occur, τ_γ = ∞.</summary>
    public static Verdict WithoutMixing() => new(
        XRayLimit.Criterion,
        VerdictLevel.Allowed,
        double.PositiveInfinity,
        "s",
        "no active-sterile mixing (sin^2 2theta = 0): N -> nu gamma does not occur, the radiative lifetime is infinite and no X-ray line is expected",
        []);

    /// <summary>Reads a table of the embedded form.</summary>
    /// <exception cref="InvalidDataException">A limit or claim that fails a check (named).</exception>
    public static XRayLineLimits Read(Stream json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var limits = root.GetProperty("limits").EnumerateArray().Select((e, i) => Limit(e, $"{origin}: limits[{i}]")).ToList();
        var claims = root.GetProperty("lineClaims").EnumerateArray().Select(e =>
        {
            var m = e.GetProperty("massKeV");
            var s = e.GetProperty("sin2TwoTheta");
            return new XRayLineClaim(
                e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, m[0].GetDouble(), m[1].GetDouble(), s[0].GetDouble(), s[1].GetDouble(),
                e.GetProperty("reference").GetString()!, e.GetProperty("arxiv").GetString()!, e.GetProperty("location").GetString()!,
                e.TryGetProperty("verified", out var v) && v.ValueKind == JsonValueKind.True);
        }).ToList();
        return new XRayLineLimits(limits, claims);
    }

    private static XRayLineLimit Limit(JsonElement e, string where)
    {
        string Text(string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!
            : throw new InvalidDataException($"X-ray limits {where}.{key}: required text");
        string quantityName = Text("quantity");
        var quantity = quantityName switch
        {
            "sin2TwoTheta" => XRayLimitQuantity.Sin2TwoTheta,
            "lifetimeSeconds" => XRayLimitQuantity.LifetimeSeconds,
            _ => throw new InvalidDataException($"X-ray limits {where}.quantity: '{quantityName}' is not sin2TwoTheta or lifetimeSeconds"),
        };
        double value = e.GetProperty("value").GetDouble();
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new InvalidDataException($"X-ray limits {where}.value: must be a finite number > 0");
        }

        double mass = e.GetProperty("massKeV").GetDouble();
        var curve = Curve(e, where, quantity);
        double low = curve?[0].MassKeV ?? 0, high = curve?[^1].MassKeV ?? 0;
        if (curve is null)
        {
            var window = e.GetProperty("windowKeV");
            (low, high) = (window[0].GetDouble(), window[1].GetDouble());
        }
        else if (!curve.Any(n => n.MassKeV == mass && n.Sin2TwoTheta == value))
        {
            throw new InvalidDataException($"X-ray limits {where}.massKeV/value: the quoted point must be one of the nodes");
        }

        if (!(low > 0 && low <= mass && mass <= high))
        {
            throw new InvalidDataException($"X-ray limits {where}.windowKeV: need 0 < min <= massKeV <= max");
        }

        string arxiv = Text("arxiv");
        if (!ConstraintSetReader.ArXivPattern().IsMatch(arxiv))
        {
            throw new InvalidDataException($"X-ray limits {where}.arxiv: '{arxiv}' is not an arXiv identifier");
        }

        return new XRayLineLimit(
            Text("id"), Text("title"), quantity, mass, value, low, high, Text("confidenceLevel"), Text("reference"), arxiv, Text("location"),
            e.TryGetProperty("verified", out var verified) && verified.ValueKind == JsonValueKind.True, Text("checked"), curve);
    }

    /// <summary>The published curve of an entry ("nodes": [[m_keV, sin2TwoTheta], ...], ascending in mass), or null when it quotes one point.</summary>
    private static List<(double MassKeV, double Sin2TwoTheta)>? Curve(JsonElement e, string where, XRayLimitQuantity quantity)
    {
        if (!e.TryGetProperty("nodes", out var nodes))
        {
            return null;
        }

        var curve = nodes.EnumerateArray().Select(n => (MassKeV: n[0].GetDouble(), Sin2TwoTheta: n[1].GetDouble())).ToList();
        bool ascending = curve.Zip(curve.Skip(1)).All(p => p.First.MassKeV < p.Second.MassKeV);
        if (quantity != XRayLimitQuantity.Sin2TwoTheta || curve.Count < 2 || !ascending || curve.Any(n => !(n.MassKeV > 0 && n.Sin2TwoTheta > 0 && double.IsFinite(n.Sin2TwoTheta))))
        {
            throw new InvalidDataException($"X-ray limits {where}.nodes: need two or more [m_keV, sin2TwoTheta > 0] pairs ascending in mass, with quantity sin2TwoTheta");
        }

        return curve;
    }

    private static XRayLineLimits LoadEmbedded()
    {
        using var stream = typeof(XRayLineLimits).Assembly.GetManifestResourceStream("Freestream.Structure.Constraints.xray-limits.json")
            ?? throw new InvalidOperationException("xray-limits.json is not embedded in the library");
        return Read(stream, "xray-limits.json");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
