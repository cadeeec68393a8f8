using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Freestream.Plotting;
using Freestream.Scans;
using Freestream.Structure;

namespace Freestream.Reports;

/// <summary>
/// <c>report.html</c>: one self-contained page (no network access needed: the maps are inline SVG,
/// the data inline JSON, the script inline) with the maps of the plane, a sortable table of every
/// point, and the spectrum q³ f(q) (unit area on a log q axis) and T²(k) of the point clicked in the table,
/// drawn in the browser. Figures carry a viewBox and scale to the page width; the page opens on
/// <see cref="ScanPointFigures.Representative"/>.
/// </summary>
public static class ScanReport
{
    /// <summary>File name of the report inside the scan folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Samples kept per curve: enough for the solver's 40 k per decade in the cut-off (T² oscillations stay smooth).</summary>
    private const int MaxCurvePoints = 400;

    /// <summary>
    /// Writes the report into <paramref name="directory"/>, embedding the SVG figures found there
    /// (<c>map-*.svg</c>, <c>spectra.svg</c>, <c>transfer.svg</c>).
    /// </summary>
    public static string Write(ScanSpecification specification, IReadOnlyList<ScanPointResult> results, IReadOnlyList<ScanCurve> transferReferences, string directory)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(transferReferences);
        string path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(specification, results, transferReferences, directory), Encoding.UTF8);
        return path;
    }

    /// <summary>The HTML text of the report.</summary>
    public static string Render(ScanSpecification specification, IReadOnlyList<ScanPointResult> results, IReadOnlyList<ScanCurve> transferReferences, string figureDirectory)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(results);
        var html = new StringBuilder();
        var model = specification.Description;
        string title = $"Freestream scan: {specification.Model}, {specification.Title}";
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        html.AppendLine("<style>").AppendLine(Style).AppendLine("</style></head><body>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<h1>{Encode(title)}</h1>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{Encode(model.XLabel)}: {specification.X.Count} values from {Num(specification.X.Values[0])} to {Num(specification.X.Values[^1])}; ");
        html.AppendLine(CultureInfo.InvariantCulture, $"{Encode(model.YLabel)}: {specification.Y.Count} values from {Num(specification.Y.Values[0])} to {Num(specification.Y.Values[^1])}. ");
        html.AppendLine(CultureInfo.InvariantCulture, $"{results.Count} of {specification.PointCount} points recorded, {ScanPointStatusNames.Counts(results.Select(r => r.Status))}. ");
        html.AppendLine(CultureInfo.InvariantCulture, $"Cosmology: h = {Num(specification.Cosmology.H)}, Ω_dm h² = {Num(specification.Cosmology.OmegaDarkMatterH2)}, Ω_b h² = {Num(specification.Cosmology.OmegaBaryonH2)}. ");
        html.AppendLine(CultureInfo.InvariantCulture, $"Specification hash <code>{specification.Hash[..16]}</code>.</p>");

        html.AppendLine("<h2>Maps of the plane</h2><div class=\"figures maps\">");
        foreach (string panel in ScanMaps.PanelNames(results))
        {
            AppendSvg(html, Path.Combine(figureDirectory, $"map-{panel}.svg"));
        }

        html.AppendLine("</div><h2>Selected points</h2><div class=\"figures\">");
        AppendSvg(html, Path.Combine(figureDirectory, "spectra.svg"));
        AppendSvg(html, Path.Combine(figureDirectory, "transfer.svg"));
        html.AppendLine("</div>");

        var representative = ScanPointFigures.Representative(results);
        html.AppendLine("<h2>Point detail</h2><p id=\"detail-label\">Click a row of the table to draw its spectrum and T²(k).</p>");
        html.AppendLine("<div class=\"figures\"><div class=\"figure\"><svg id=\"detail-spectrum\" viewBox=\"0 0 640 420\" width=\"640\" height=\"420\"></svg></div>");
        html.AppendLine("<div class=\"figure\"><svg id=\"detail-transfer\" viewBox=\"0 0 640 420\" width=\"640\" height=\"420\"></svg></div></div>");

        html.AppendLine("<h2>All points</h2><p>Click a row to show its detail above, a column header to sort. Verdict cells: ");
        html.AppendLine("<span class=\"v-allowed\">allowed</span> <span class=\"v-marginal\">marginal</span> <span class=\"v-excluded\">excluded</span>. ");
        html.AppendLine("A dash (—) marks a quantity that does not exist for the point; hover over it for the reason ");
        html.AppendLine("(e.g. no k₁/₂ when T² never drops to ½ on the computed k range). Columns empty for every point are left out.</p>");
        AppendTable(html, model, results);
        html.AppendLine("<script type=\"application/json\" id=\"scan-data\">");
        var data = Data(specification, results, transferReferences);
        data["initial"] = representative?.Point.Index;
        html.AppendLine(data.ToJsonString());
        html.AppendLine("</script>");
        html.AppendLine("<script>").AppendLine(Script).AppendLine("</script>");
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void AppendSvg(StringBuilder html, string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        string svg = PlotFiles.WithViewBox(File.ReadAllText(path));
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        html.AppendLine("<div class=\"figure\">").AppendLine(start >= 0 ? svg[start..] : svg).AppendLine("</div>");
    }

    /// <summary>One column of the point table: header (with unit), text, sort key and the reason a value is missing.</summary>
    private sealed record Column(string Header, Func<ScanPointResult, string> Text, Func<ScanPointResult, double> SortKey, Func<ScanPointResult, string> WhyBlank);

    private static void AppendTable(StringBuilder html, ScanModel model, IReadOnlyList<ScanPointResult> results)
    {
        string Failed(ScanPointResult r) => r.Status == ScanPointStatus.Ok ? string.Empty
            : ScanPointStatusNames.IsImpossible(r.Status) ? $"no verdict: the point is {ScanPointStatusNames.Name(r.Status)} (see the error column)"
            : "the point failed (see the error column)";
        Column Quantity(string header, Func<ScanPointResult, double> value, string whyBlank) =>
            new(header, r => PlotNumber.Format(value(r)), value, r => Failed(r) is { Length: > 0 } f ? f : whyBlank);
        var columns = new List<Column>
        {
            new("#", r => r.Point.Index.ToString(CultureInfo.InvariantCulture), r => r.Point.Index, _ => string.Empty),
            Quantity(model.XLabel, r => r.Point.X, string.Empty),
            Quantity(model.YLabel, r => r.Point.Y, string.Empty),
            new("status", r => ScanPointStatusNames.Name(r.Status), _ => double.NaN, _ => string.Empty),
            new("regime", r => r.Regime, _ => double.NaN, r => Failed(r) is { Length: > 0 } f ? f : "no regime recorded"),
            Quantity("m [keV]", r => r.SterileMassKeV, "no mass gives the target Ω h²"),
            Quantity("Ω h²", r => r.OmegaH2, "not computed"),
            Quantity("⟨q⟩", r => r.MeanQ, "no spectrum"),
            Quantity("L₆", r => r.LeptonAsymmetryL6, "only for asymmetry-driven (Shi–Fuller) production"),
            new("peaks q", r => string.Join("; ", r.PeaksQ.Select(PlotNumber.Format)), r => r.PeaksQ.Count > 0 ? r.PeaksQ[0] : double.NaN, r => Failed(r) is { Length: > 0 } f ? f : "no peak found in q² f(q)"),
            Quantity("λ_fs [Mpc]", r => r.FreeStreamingLengthMpc, "not computed"),
            Quantity("k₁/₂ [h/Mpc]", r => r.HalfModeKHMpc, "T² never drops to ½ on the computed k range (colder than any bound)"),
            Quantity("δA", r => r.LymanAlphaDeltaA, "not computed"),
            Quantity("N_sub", r => r.SubhaloCount, "not computed"),
            Quantity("n(z=6) [Mpc⁻³]", r => r.HighRedshiftDensityMpc3, "not computed"),
            Quantity("τ_γ [s]", r => r.XRayLifetimeSeconds, "no active–sterile mixing in this model: no X-ray line"),
            Quantity("ΔN_eff BBN", r => r.DeltaNeffBbn, "not computed for this model"),
        };
        foreach (string criterion in ScanCriteria.All)
        {
            columns.Add(new(
                ScanCriteria.Label(criterion),
                r => r.Verdicts.TryGetValue(criterion, out var v) ? ScanCriteria.Name(v) : string.Empty,
                _ => double.NaN,
                r => Failed(r) is { Length: > 0 } f ? f : "criterion not judged for this point"));
        }

        columns.Add(new("warnings", r => string.Join(ScanStore.WarningSeparator, r.Warnings), _ => double.NaN, _ => string.Empty));
        columns.Add(new("seconds", r => r.Timings.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), r => r.Timings.TotalSeconds, _ => string.Empty));
        columns.Add(new("error", r => r.Error ?? string.Empty, _ => double.NaN, _ => string.Empty));
        columns.RemoveAll(c => results.All(r => c.Text(r).Length == 0));

        html.AppendLine("<div class=\"table\"><table id=\"points\"><thead><tr>");
        foreach (var c in columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(c.Header)}</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        foreach (var r in results)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-index=\"{r.Point.Index}\"{(r.Warnings.Count > 0 ? " class=\"warned\"" : string.Empty)}>");
            foreach (var c in columns)
            {
                string text = c.Text(r);
                double k = c.SortKey(r);
                string key = double.IsFinite(k) ? k.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
                string verdict = ScanCriteria.All.Any(v => ScanCriteria.Label(v) == c.Header) && text.Length > 0 ? $" class=\"v-{text}\"" : string.Empty;
                string why = text.Length == 0 ? c.WhyBlank(r) : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<td data-sort=\"{key}\"{verdict}{(why.Length > 0 ? $" title=\"{Encode(why)}\"" : string.Empty)}>{(text.Length == 0 && why.Length > 0 ? "—" : Encode(text))}</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table></div>");
    }

    private static JsonObject Data(ScanSpecification specification, IReadOnlyList<ScanPointResult> results, IReadOnlyList<ScanCurve> references)
    {
        var points = new JsonObject();
        foreach (var r in results.Where(r => r.Spectrum is not null || r.Transfer is not null))
        {
            var entry = new JsonObject { ["label"] = ScanPointFigures.Label(specification, r) };
            if (r.Spectrum is { } s)
            {
                var (q, density) = ScanPointFigures.NumberPerLogMomentum(s);
                entry["spectrum"] = Curve(q, density);
            }

            if (r.Transfer is { } t)
            {
                var fine = TransferResampling.Fine(t);
                entry["transfer"] = Curve(fine.X, fine.Y);
            }

            points[r.Point.Index.ToString(CultureInfo.InvariantCulture)] = entry;
        }

        var refs = new JsonArray();
        foreach (var c in references.Select(TransferResampling.Fine))
        {
            var curve = Curve(c.X, c.Y);
            curve["name"] = c.Name;
            refs.Add(curve);
        }

        return new JsonObject { ["points"] = points, ["references"] = refs, ["palette"] = new JsonArray([.. PlotPalette.Lines.Select(c => (JsonNode)c)]) };
    }

    /// <summary>A curve thinned to at most <see cref="MaxCurvePoints"/> samples, non-finite values as null.</summary>
    private static JsonObject Curve(double[] x, double[] y)
    {
        int stride = Math.Max(1, (int)Math.Ceiling(x.Length / (double)MaxCurvePoints));
        var xs = new JsonArray();
        var ys = new JsonArray();
        for (int i = 0; i < x.Length; i += stride)
        {
            xs.Add(Finite(x[i]));
            ys.Add(Finite(y[i]));
        }

        return new JsonObject { ["x"] = xs, ["y"] = ys };
    }

    /// <summary>A finite value rounded to 6 significant digits (plenty for a screen plot), null otherwise.</summary>
    private static JsonNode? Finite(double v) =>
        double.IsFinite(v) ? JsonValue.Create(double.Parse(v.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)) : null;

    private static string Num(double v) => PlotNumber.Format(v);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 1.5em; color: #222; max-width: 1800px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 620px), 1fr)); gap: 12px; }
        .figure { min-width: 0; }
        .figure svg { display: block; width: 100%; max-width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
        .table { max-width: 100%; overflow-x: auto; }
        table { border-collapse: collapse; font-size: 12px; }
        th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: right; white-space: nowrap; }
        th { background: #eee; cursor: pointer; position: sticky; top: 0; }
        tr:hover td { background: #eef3f8; cursor: pointer; }
        tr.selected td { background: #d6e6ff; }
        tr.warned td:first-child { border-left: 4px solid #D55E00; }
        .v-allowed { background: #cde9f7; } .v-marginal { background: #f8d98f; } .v-excluded { background: #f3c8aa; }
        span.v-allowed, span.v-marginal, span.v-excluded { padding: 0 4px; }
        """;

    private const string Script = """
        (function () {
          const data = JSON.parse(document.getElementById('scan-data').textContent);
          const palette = data.palette;
          const ns = 'http://www.w3.org/2000/svg';
          const sup = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
          function power(n) { return n === 0 ? '1' : n === 1 ? '10' : '10' + String(n).split('').map(c => sup[c]).join(''); }
          // The number format of the figures (Freestream.Plotting.PlotNumber): 3 significant digits, m×10ⁿ outside [0.01, 10⁴).
          function fmt(v) {
            if (v === null || !isFinite(v)) return '';
            if (v === 0) return '0';
            const r = +v.toPrecision(3), a = Math.abs(r), sign = r < 0 ? '−' : '';
            if (a >= 0.01 && a < 1e4) return sign + String(+a.toFixed(4));
            let e = Math.floor(Math.log10(a)), m = +(a / Math.pow(10, e)).toFixed(2);
            if (m >= 10) { m /= 10; e += 1; }
            return sign + (m === 1 ? power(e) : m + '×' + power(e));
          }
          function el(name, attrs, text) {
            const e = document.createElementNS(ns, name);
            for (const k in attrs) e.setAttribute(k, attrs[k]);
            if (text !== undefined) e.textContent = text;
            return e;
          }
          function draw(svg, title, series, logY, xLabel, yLabel) {
            while (svg.firstChild) svg.removeChild(svg.firstChild);
            const box = svg.viewBox.baseVal, W = box.width, H = box.height;
            const L = 78, R = 16, T = 34, B = 52;
            const tx = v => Math.log10(v), ty = v => logY ? Math.log10(v) : v;
            let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
            const pts = series.map(s => s.x.map((x, i) => [x, s.y[i]])
              .filter(p => p[0] > 0 && p[1] !== null && (!logY || p[1] > 0)).map(p => [tx(p[0]), ty(p[1])]));
            pts.forEach(ps => ps.forEach(p => { x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]); y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]); }));
            if (!isFinite(x0)) return;
            if (logY) { y0 = Math.max(Math.floor(y0), Math.ceil(y1) - 6); y1 = Math.max(Math.ceil(y1), y0 + 1); } else { y0 = Math.min(0, y0); y1 *= 1.05; }
            if (y1 === y0) { y1 += 1; y0 -= 1; }
            const sx = v => L + (v - x0) / (x1 - x0) * (W - L - R), sy = v => H - B - (Math.min(Math.max(v, y0), y1) - y0) / (y1 - y0) * (H - T - B);
            svg.appendChild(el('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff' }));
            svg.appendChild(el('text', { x: W / 2, y: 20, 'text-anchor': 'middle', 'font-size': 15 }, title));
            svg.appendChild(el('rect', { x: L, y: T, width: W - L - R, height: H - T - B, fill: 'none', stroke: '#444' }));
            for (let d = Math.ceil(x0); d <= Math.floor(x1); d++) {
              svg.appendChild(el('line', { x1: sx(d), x2: sx(d), y1: H - B, y2: H - B + 5, stroke: '#444' }));
              svg.appendChild(el('text', { x: sx(d), y: H - B + 19, 'text-anchor': 'middle', 'font-size': 13 }, power(d)));
            }
            const yt = [];
            if (logY) for (let d = Math.ceil(y0); d <= Math.floor(y1); d++) yt.push(d);
            else { const step = Math.pow(10, Math.floor(Math.log10((y1 - y0) / 4))); const n = (y1 - y0) / step > 8 ? 2 * step : step; for (let v = 0; v <= y1; v += n) yt.push(v); }
            yt.forEach(v => {
              svg.appendChild(el('line', { x1: L - 5, x2: L, y1: sy(v), y2: sy(v), stroke: '#444' }));
              svg.appendChild(el('text', { x: L - 8, y: sy(v) + 4, 'text-anchor': 'end', 'font-size': 13 }, logY ? power(v) : fmt(v)));
            });
            svg.appendChild(el('text', { x: (L + W - R) / 2, y: H - 12, 'text-anchor': 'middle', 'font-size': 14 }, xLabel));
            svg.appendChild(el('text', { x: 18, y: (T + H - B) / 2, 'text-anchor': 'middle', 'font-size': 14, transform: 'rotate(-90 18 ' + (T + H - B) / 2 + ')' }, yLabel));
            const legend = el('g', {});
            pts.forEach((ps, k) => {
              const colour = palette[k % palette.length];
              svg.appendChild(el('polyline', { points: ps.map(p => sx(p[0]) + ',' + sy(p[1])).join(' '), fill: 'none', stroke: colour, 'stroke-width': k === 0 ? 2.5 : 1.5, 'stroke-dasharray': k === 0 ? '' : '6,3' }));
              legend.appendChild(el('line', { x1: 0, x2: 22, y1: 15 * k - 4, y2: 15 * k - 4, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': k === 0 ? '' : '6,3' }));
              legend.appendChild(el('text', { x: 27, y: 15 * k, 'font-size': 12 }, series[k].name));
            });
            svg.appendChild(legend);
            const b = legend.getBBox();
            const lx = logY ? L + 10 : W - R - 10 - b.width, ly = logY ? H - B - 10 - b.height : T + 20;
            legend.setAttribute('transform', 'translate(' + lx + ',' + ly + ')');
            legend.insertBefore(el('rect', { x: b.x - 4, y: b.y - 3, width: b.width + 8, height: b.height + 6, fill: '#fff', 'fill-opacity': 0.9, stroke: '#bbb' }), legend.firstChild);
          }
          function show(index) {
            const p = data.points[index];
            document.querySelectorAll('#points tr.selected').forEach(r => r.classList.remove('selected'));
            const row = document.querySelector('#points tr[data-index="' + index + '"]');
            if (row) row.classList.add('selected');
            if (!p) { document.getElementById('detail-label').textContent = 'Point ' + index + ' has no tables (failed?).'; return; }
            document.getElementById('detail-label').textContent = 'Point ' + index + ': ' + p.label;
            if (p.spectrum) draw(document.getElementById('detail-spectrum'), 'Momentum spectrum of point ' + index, [{ name: 'q³ f(q), unit area: equal areas = equal numbers', x: p.spectrum.x, y: p.spectrum.y }], false, 'q = p / T_ν0', 'q³ f(q) / ∫q² f dq');
            if (p.transfer) draw(document.getElementById('detail-transfer'), 'Transfer function of point ' + index, [{ name: 'point ' + index, x: p.transfer.x, y: p.transfer.y }].concat(data.references), true, 'k [h/Mpc]', 'T²(k) = P(k) / P_CDM(k)');
          }
          document.querySelectorAll('#points tbody tr').forEach(r => r.addEventListener('click', () => show(r.dataset.index)));
          document.querySelectorAll('#points th').forEach((th, col) => {
            let ascending = true;
            th.addEventListener('click', () => {
              const body = document.querySelector('#points tbody');
              const rows = Array.from(body.rows);
              rows.sort((a, b) => {
                const ka = a.cells[col].dataset.sort, kb = b.cells[col].dataset.sort;
                const c = (ka !== undefined && kb !== undefined && ka !== '' && kb !== '') ? (+ka - +kb)
                  : a.cells[col].textContent.localeCompare(b.cells[col].textContent);
                return ascending ? c : -c;
              });
              ascending = !ascending;
              rows.forEach(r => body.appendChild(r));
            });
          });
          const first = data.initial !== null && data.initial !== undefined ? String(data.initial) : Object.keys(data.points)[0];
          if (first !== undefined) show(first);
        })();
        """;
}
