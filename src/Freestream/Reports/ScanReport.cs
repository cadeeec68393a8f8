using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Freestream.Scans;
using Freestream.Structure;

namespace Freestream.Reports;

/// <summary>
/// <c>report.html</c>: one self-contained page (no network access needed: the maps are inline SVG,
/// the data inline JSON, the script inline) with the maps of the plane, a sortable table of every
/// point, and the spectrum q² f(q) and T²(k) of the point clicked in the table, drawn in the browser.
/// </summary>
public static class ScanReport
{
    /// <summary>File name of the report inside the scan folder.</summary>
    public const string FileName = "report.html";

    private const int MaxCurvePoints = 160;

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
        int ok = results.Count(r => r.Status == ScanPointStatus.Ok);
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        html.AppendLine("<style>").AppendLine(Style).AppendLine("</style></head><body>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<h1>{Encode(title)}</h1>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{Encode(model.XLabel)}: {specification.X.Count} values from {Num(specification.X.Values[0])} to {Num(specification.X.Values[^1])}; ");
        html.AppendLine(CultureInfo.InvariantCulture, $"{Encode(model.YLabel)}: {specification.Y.Count} values from {Num(specification.Y.Values[0])} to {Num(specification.Y.Values[^1])}. ");
        html.AppendLine(CultureInfo.InvariantCulture, $"{results.Count} of {specification.PointCount} points recorded, {ok} computed, {results.Count - ok} failed. ");
        html.AppendLine(CultureInfo.InvariantCulture, $"Cosmology: h = {Num(specification.Cosmology.H)}, Ω_dm h² = {Num(specification.Cosmology.OmegaDarkMatterH2)}, Ω_b h² = {Num(specification.Cosmology.OmegaBaryonH2)}. ");
        html.AppendLine(CultureInfo.InvariantCulture, $"Specification hash <code>{specification.Hash[..16]}</code>.</p>");

        html.AppendLine("<h2>Maps of the plane</h2><div class=\"figures\">");
        foreach (string panel in ScanMaps.PanelNames(results))
        {
            AppendSvg(html, Path.Combine(figureDirectory, $"map-{panel}.svg"));
        }

        html.AppendLine("</div><h2>Selected points</h2><div class=\"figures\">");
        AppendSvg(html, Path.Combine(figureDirectory, "spectra.svg"));
        AppendSvg(html, Path.Combine(figureDirectory, "transfer.svg"));
        html.AppendLine("</div>");

        html.AppendLine("<h2>Point detail</h2><p id=\"detail-label\">Click a row of the table to draw its spectrum and T²(k).</p>");
        html.AppendLine("<div class=\"figures\"><svg id=\"detail-spectrum\" width=\"560\" height=\"400\"></svg><svg id=\"detail-transfer\" width=\"560\" height=\"400\"></svg></div>");

        html.AppendLine("<h2>All points</h2><p>Click a column header to sort.</p>");
        AppendTable(html, model, results);
        html.AppendLine("<script type=\"application/json\" id=\"scan-data\">");
        html.AppendLine(Data(specification, results, transferReferences).ToJsonString());
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

        string svg = File.ReadAllText(path);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        html.AppendLine("<div class=\"figure\">").AppendLine(start >= 0 ? svg[start..] : svg).AppendLine("</div>");
    }

    private static void AppendTable(StringBuilder html, ScanModel model, IReadOnlyList<ScanPointResult> results)
    {
        string[] headers =
        [
            "#", model.XLabel, model.YLabel, "status", "regime", "m [keV]", "Ω h²", "⟨q⟩", "L₆", "peaks q", "λ_fs [Mpc]", "k₁/₂ [h/Mpc]", "δA", "N_sub", "n(z=6) [Mpc⁻³]",
            "τ_γ [s]", .. ScanCriteria.All.Select(ScanCriteria.Label), "seconds", "error",
        ];
        html.AppendLine("<table id=\"points\"><thead><tr>");
        foreach (string h in headers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(h)}</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        foreach (var r in results)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-index=\"{r.Point.Index}\">");
            Cell(html, r.Point.Index.ToString(CultureInfo.InvariantCulture), r.Point.Index);
            Cell(html, Num(r.Point.X), r.Point.X);
            Cell(html, Num(r.Point.Y), r.Point.Y);
            Cell(html, r.Status == ScanPointStatus.Ok ? "ok" : "failed", null);
            Cell(html, r.Regime, null);
            foreach (double v in new[] { r.SterileMassKeV, r.OmegaH2, r.MeanQ, r.LeptonAsymmetryL6 })
            {
                Cell(html, Num(v), v);
            }

            Cell(html, string.Join("; ", r.PeaksQ.Select(Num)), r.PeaksQ.Count > 0 ? r.PeaksQ[0] : double.NaN);
            foreach (double v in new[] { r.FreeStreamingLengthMpc, r.HalfModeKHMpc, r.LymanAlphaDeltaA, r.SubhaloCount, r.HighRedshiftDensityMpc3, r.XRayLifetimeSeconds })
            {
                Cell(html, Num(v), v);
            }

            foreach (string criterion in ScanCriteria.All)
            {
                string verdict = r.Verdicts.TryGetValue(criterion, out var v) ? ScanCriteria.Name(v) : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"v-{verdict}\">{verdict}</td>");
            }

            Cell(html, r.Timings.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), r.Timings.TotalSeconds);
            Cell(html, r.Error ?? string.Empty, null);
            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static void Cell(StringBuilder html, string text, double? sortKey)
    {
        string key = sortKey is { } k && double.IsFinite(k) ? k.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<td data-sort=\"{key}\">{Encode(text)}</td>");
    }

    private static JsonObject Data(ScanSpecification specification, IReadOnlyList<ScanPointResult> results, IReadOnlyList<ScanCurve> references)
    {
        var points = new JsonObject();
        foreach (var r in results.Where(r => r.Spectrum is not null || r.Transfer is not null))
        {
            var entry = new JsonObject { ["label"] = ScanPointFigures.Label(specification, r) };
            if (r.Spectrum is { } s)
            {
                var (q, density) = ScanPointFigures.NormalisedMomentumDensity(s);
                entry["spectrum"] = Curve(q, density);
            }

            if (r.Transfer is { } t)
            {
                entry["transfer"] = Curve(t.X, t.Y);
            }

            points[r.Point.Index.ToString(CultureInfo.InvariantCulture)] = entry;
        }

        var refs = new JsonArray();
        foreach (var c in references)
        {
            var curve = Curve(c.X, c.Y);
            curve["name"] = c.Name;
            refs.Add(curve);
        }

        return new JsonObject { ["points"] = points, ["references"] = refs };
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

    private static string Num(double v) => double.IsNaN(v) ? string.Empty : v.ToString("G4", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 1.5em; color: #222; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; }
        .figure svg { width: 480px; height: auto; border: 1px solid #ddd; }
        #detail-spectrum, #detail-transfer { border: 1px solid #ddd; background: #fff; }
        table { border-collapse: collapse; font-size: 12px; }
        th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: right; white-space: nowrap; }
        th { background: #eee; cursor: pointer; position: sticky; top: 0; }
        tr:hover td { background: #f5f5d5; cursor: pointer; }
        tr.selected td { background: #e0ecff; }
        td.v-allowed { background: #cde9f7; } td.v-marginal { background: #faf5b8; } td.v-excluded { background: #f3c8aa; }
        """;

    private const string Script = """
        (function () {
          const data = JSON.parse(document.getElementById('scan-data').textContent);
          const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
          const ns = 'http://www.w3.org/2000/svg';
          function el(name, attrs, text) {
            const e = document.createElementNS(ns, name);
            for (const k in attrs) e.setAttribute(k, attrs[k]);
            if (text !== undefined) e.textContent = text;
            return e;
          }
          function draw(svg, series, logY, xLabel, yLabel) {
            while (svg.firstChild) svg.removeChild(svg.firstChild);
            const W = +svg.getAttribute('width'), H = +svg.getAttribute('height');
            const L = 70, R = 15, T = 15, B = 50;
            const tx = v => Math.log10(v), ty = v => logY ? Math.log10(v) : v;
            let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
            const pts = series.map(s => s.x.map((x, i) => [x, s.y[i]])
              .filter(p => p[0] > 0 && p[1] !== null && (!logY || p[1] > 0)).map(p => [tx(p[0]), ty(p[1])]));
            pts.forEach(ps => ps.forEach(p => { x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]); y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]); }));
            if (!isFinite(x0)) return;
            if (logY) y0 = Math.max(y0, y1 - 8);
            if (y1 === y0) { y1 += 1; y0 -= 1; }
            const sx = v => L + (v - x0) / (x1 - x0) * (W - L - R), sy = v => H - B - (Math.max(v, y0) - y0) / (y1 - y0) * (H - T - B);
            svg.appendChild(el('rect', { x: L, y: T, width: W - L - R, height: H - T - B, fill: 'none', stroke: '#444' }));
            for (let d = Math.ceil(x0); d <= Math.floor(x1); d++) {
              svg.appendChild(el('line', { x1: sx(d), x2: sx(d), y1: H - B, y2: H - B + 5, stroke: '#444' }));
              svg.appendChild(el('text', { x: sx(d), y: H - B + 18, 'text-anchor': 'middle', 'font-size': 11 }, '1e' + d));
            }
            const yt = logY ? [] : [0, 0.25, 0.5, 0.75, 1].map(f => y0 + f * (y1 - y0));
            if (logY) for (let d = Math.ceil(y0); d <= Math.floor(y1); d++) yt.push(d);
            yt.forEach(v => {
              svg.appendChild(el('line', { x1: L - 5, x2: L, y1: sy(v), y2: sy(v), stroke: '#444' }));
              svg.appendChild(el('text', { x: L - 8, y: sy(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, logY ? '1e' + v : v.toPrecision(2)));
            });
            svg.appendChild(el('text', { x: (L + W - R) / 2, y: H - 10, 'text-anchor': 'middle', 'font-size': 13 }, xLabel));
            svg.appendChild(el('text', { x: 14, y: (T + H - B) / 2, 'text-anchor': 'middle', 'font-size': 13, transform: 'rotate(-90 14 ' + (T + H - B) / 2 + ')' }, yLabel));
            pts.forEach((ps, k) => {
              const colour = palette[k % palette.length];
              svg.appendChild(el('polyline', { points: ps.map(p => sx(p[0]) + ',' + sy(p[1])).join(' '), fill: 'none', stroke: colour, 'stroke-width': k === 0 ? 2.5 : 1.5, 'stroke-dasharray': k === 0 ? '' : '5,3' }));
              svg.appendChild(el('text', { x: W - R - 8, y: T + 16 + 15 * k, 'text-anchor': 'end', 'font-size': 11, fill: colour }, series[k].name));
            });
          }
          function show(index) {
            const p = data.points[index];
            document.querySelectorAll('#points tr.selected').forEach(r => r.classList.remove('selected'));
            const row = document.querySelector('#points tr[data-index="' + index + '"]');
            if (row) row.classList.add('selected');
            if (!p) { document.getElementById('detail-label').textContent = 'Point ' + index + ' has no tables (failed?).'; return; }
            document.getElementById('detail-label').textContent = 'Point ' + index + ': ' + p.label;
            if (p.spectrum) draw(document.getElementById('detail-spectrum'), [{ name: 'q² f(q) (unit area)', x: p.spectrum.x, y: p.spectrum.y }], false, 'q = p/T_ν0', 'q² f(q)');
            if (p.transfer) draw(document.getElementById('detail-transfer'), [{ name: 'this point', x: p.transfer.x, y: p.transfer.y }].concat(data.references), true, 'k [h/Mpc]', 'T²(k)');
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
          const first = Object.keys(data.points)[0];
          if (first !== undefined) show(first);
        })();
        """;
}
