// Shared helpers of the dashboard pages: API calls, problem+json errors, formatting.
"use strict";

const API = "/api/v1";

/** An error from the API, carrying its problem+json body. */
class ApiError extends Error {
  constructor(problem, status) {
    const field = problem && problem.field ? ` (field: ${problem.field})` : "";
    const text = problem ? problem.detail || problem.title : `HTTP ${status}`;
    super(`${text}${field}`);
    this.problem = problem;
    this.status = status;
  }
}

/** GET or send to the API; return parsed JSON or throw ApiError. */
async function api(path, options = {}) {
  const resp = await fetch(API + path, options);
  const type = resp.headers.get("content-type") || "";
  const body = type.includes("json") ? await resp.json() : null;
  if (!resp.ok) {
    let problem = body;
    if (body && body.detail && Array.isArray(body.detail)) {
      // FastAPI's own validation shape, in case a route answers with it
      const d = body.detail[0] || {};
      problem = { detail: d.msg, field: (d.loc || []).slice(-1)[0] };
    }
    throw new ApiError(problem, resp.status);
  }
  return body;
}

/** A query string from an object, leaving out empty values. */
function qs(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Escape text for HTML. */
function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
  })[c]);
}

/** A number with thousands separators and at most `digits` decimals. */
function fmt(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  return Number(x).toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** A signed percentage with its up/down class. */
function pct(x) {
  if (x === null || x === undefined) return '<span class="muted">–</span>';
  const cls = x > 0 ? "up" : x < 0 ? "down" : "";
  const sign = x > 0 ? "+" : "";
  return `<span class="${cls}">${sign}${fmt(x, 2)} %</span>`;
}

/** A fact's value as written: a range when it has a high end. */
function factValue(f) {
  const v = f.value_high !== null && f.value_high !== undefined
    ? `${fmt(f.value, 4)}–${fmt(f.value_high, 4)}` : fmt(f.value, 4);
  return `${v} ${f.unit}`;
}

/** Show a message in a status element (kind: "", "ok" or "error"). */
function setStatus(el, text, kind = "") {
  el.textContent = text;
  el.className = `status ${kind}`;
}

/** The API key kept in this browser session for writes. */
function apiKey() {
  return sessionStorage.getItem("reemarket-api-key") || "";
}

/** Wire an <input> to the stored API key. */
function bindKeyInput(input) {
  input.value = apiKey();
  input.addEventListener("input", () => sessionStorage.setItem("reemarket-api-key", input.value.trim()));
}

/** The page's query parameters. */
function params() {
  return new URLSearchParams(window.location.search);
}

/** Replace the page's query string without reloading. */
function setParams(obj) {
  history.replaceState(null, "", window.location.pathname + qs(obj));
}

/** Fill a <select> with options [{value, label}], keeping `selected` when present. */
function fillSelect(select, options, selected, blank) {
  const parts = blank !== undefined ? [`<option value="">${esc(blank)}</option>`] : [];
  for (const o of options) {
    const sel = o.value === selected ? " selected" : "";
    parts.push(`<option value="${esc(o.value)}"${sel}>${esc(o.label)}</option>`);
  }
  select.innerHTML = parts.join("");
}

/** Previous / next buttons for a paginated list; calls go(offset). */
function renderPager(el, page, go) {
  const from = page.total ? page.offset + 1 : 0;
  const to = Math.min(page.offset + page.limit, page.total);
  el.innerHTML = `<button class="secondary" data-dir="-1">Previous</button>
    <span class="muted small">${from}–${to} of ${page.total}</span>
    <button class="secondary" data-dir="1">Next</button>`;
  const [prev, next] = el.querySelectorAll("button");
  prev.disabled = page.offset <= 0;
  next.disabled = page.offset + page.limit >= page.total;
  prev.onclick = () => go(Math.max(0, page.offset - page.limit));
  next.onclick = () => go(page.offset + page.limit);
}

/**
 * Where a fact's sentence stands in its document text: [start, end].
 * span_start/span_end are the sentence's offsets; when the text there is not the
 * sentence (an older server that gave the value's offsets), take the occurrence of
 * the sentence that covers them, else its first occurrence.
 */
function sentenceRange(text, fact) {
  const s = fact.sentence || "";
  const a = fact.span_start;
  const b = fact.span_end;
  if (!s || text.slice(a, b) === s) return [a, b];
  let i = text.indexOf(s);
  while (i !== -1) {
    if (i <= a && i + s.length >= b) return [i, i + s.length];
    i = text.indexOf(s, i + 1);
  }
  const first = text.indexOf(s);
  return first !== -1 ? [first, first + s.length] : [a, b];
}

/** Where a fact's value stands in the document text: [start, end], or null. */
function valueRange(fact) {
  if (Number.isInteger(fact.value_start) && Number.isInteger(fact.value_end)) {
    return [fact.value_start, fact.value_end];
  }
  return null;
}

/** A period in the exchange format, breakable only at the slash of a span. */
function periodHtml(period) {
  if (!period) return '<span class="muted">standing</span>';
  return String(period).split("/").map((x) => `<span class="nw">${esc(x)}</span>`).join("/<wbr>");
}

let namesPromise = null;

/** Product names by id, fetched once per page. */
function productNames() {
  if (!namesPromise) {
    namesPromise = api("/products")
      .then((list) => Object.fromEntries(list.map((p) => [p.id, p.name])))
      .catch(() => ({}));
  }
  return namesPromise;
}

/** A fact subject as a person reads it: the product name, else the id in words. */
function subjectLabel(subject, names) {
  return (names && names[subject]) || String(subject).replaceAll("_", " ");
}

/** Offset of the first character of a text that is not white space (0 if none). */
function textStart(text) {
  const i = text.search(/\S/);
  return i < 0 ? 0 : i;
}

/** Common page-layout tweak: a resize redraws Plotly charts to their new width. */
window.addEventListener("resize", () => {
  if (!window.Plotly) return;
  for (const el of document.querySelectorAll(".js-plotly-plot")) window.Plotly.Plots.resize(el);
});
