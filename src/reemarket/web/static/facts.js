// Facts page: a filterable list; /facts/{id} shows one fact in its document, sentence marked.
"use strict";

const KINDS = ["price", "production", "demand", "trade", "quota", "capacity", "financial",
  "valuation", "forecast"];
const PAGE = 50;

/** Text cut to `n` characters with an ellipsis, the whole of it kept for a title attribute. */
function cut(text, n) {
  const t = String(text ?? "");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function factRow(f, names) {
  const docLabel = f.doc_title || f.doc;
  return `<tr>
    <td class="num"><a class="value-link" href="/facts/${f.id}" title="Open in its document">${esc(factValue(f))}</a></td>
    <td>${esc(subjectLabel(f.subject, names))}</td>
    <td class="hide-narrow">${esc(f.metric)}<div class="muted small">${esc(f.kind)}</div></td>
    <td>${periodHtml(f.period)}</td>
    <td class="entity" title="${esc(f.entity)}">${esc(String(f.entity).replaceAll("_", " "))}</td>
    <td class="sentence"><span class="clamp" title="${esc(f.sentence)}">${esc(f.sentence)}</span></td>
    <td class="hide-narrow">${esc(f.publisher || "–")}</td>
    <td class="doc"><a class="clamp two-lines" href="/documents/${esc(f.document_id)}" title="${esc(docLabel)} (${esc(f.doc)})">${esc(cut(docLabel, 80))}</a></td></tr>`;
}

async function loadList(offset = 0) {
  const form = document.getElementById("fact-form");
  const status = document.getElementById("status");
  const filters = Object.fromEntries(new FormData(form).entries());
  setParams({ ...filters, offset: offset || "" });
  setStatus(status, "Loading…");
  try {
    const [page, names] = await Promise.all([
      api(`/facts${qs({ ...filters, limit: PAGE, offset })}`), productNames()]);
    document.querySelector("#facts tbody").innerHTML = page.items.map((f) => factRow(f, names)).join("")
      || '<tr><td colspan="8" class="muted">No fact matches.</td></tr>';
    renderPager(document.getElementById("pager"), page, loadList);
    setStatus(status, `${page.total} fact(s)`);
  } catch (err) {
    document.querySelector("#facts tbody").innerHTML = "";
    setStatus(status, err.message, "error");
  }
}

async function initList() {
  const p = params();
  const form = document.getElementById("fact-form");
  fillSelect(document.getElementById("kind"), KINDS.map((k) => ({ value: k, label: k })),
    p.get("kind") || "", "any kind");
  try {
    const docs = await api("/documents?limit=500");
    const select = document.getElementById("doc");
    fillSelect(select, docs.items.map((d) => ({ value: d.name, label: cut(d.title || d.name, 70) })),
      p.get("doc") || "", "any document");
    // the whole title and the file name on hover, since the option text is cut
    const full = Object.fromEntries(docs.items.map((d) => [d.name, d.title ? `${d.title} (${d.name})` : d.name]));
    for (const o of select.options) if (o.value) o.title = full[o.value];
    const showTitle = () => { select.title = full[select.value] || "any document"; };
    select.addEventListener("change", showTitle);
    showTitle();
  } catch (err) {
    setStatus(document.getElementById("status"), err.message, "error");
  }
  for (const name of ["subject", "entity", "period"]) form.elements[name].value = p.get(name) || "";
  form.addEventListener("submit", (ev) => { ev.preventDefault(); loadList(0); });
  form.elements.doc.addEventListener("change", () => loadList(0));
  form.elements.kind.addEventListener("change", () => loadList(0));
  await loadList(Number(p.get("offset")) || 0);
}

/** The document text as HTML with the fact's sentence in a <mark> and its value in bold. */
function markedText(text, fact) {
  const [s0, s1] = sentenceRange(text, fact);
  const value = valueRange(fact) || [fact.span_start, fact.span_end];
  let inner = esc(text.slice(s0, s1));
  const [v0, v1] = value;
  if (v0 >= s0 && v1 <= s1 && v1 > v0 && (v0 > s0 || v1 < s1)) {
    inner = esc(text.slice(s0, v0)) + `<span class="value">${esc(text.slice(v0, v1))}</span>`
      + esc(text.slice(v1, s1));
  }
  const from = Math.min(textStart(text), s0);
  return `${esc(text.slice(from, s0))}<mark id="highlight" data-fact="${fact.id}">${inner}</mark>${esc(text.slice(s1))}`;
}

async function showFact(id) {
  document.getElementById("list-view").hidden = true;
  document.getElementById("fact-view").hidden = false;
  const title = document.getElementById("fact-title");
  try {
    const [f, names] = await Promise.all([api(`/facts/${encodeURIComponent(id)}`), productNames()]);
    title.textContent = `${subjectLabel(f.subject, names)} · ${f.metric} · ${factValue(f)}`;
    document.title = `Fact ${f.id} · reemarket`;
    const rows = [["Value", factValue(f)], ["Kind", f.kind], ["Entity", f.entity],
      ["Subject", `${subjectLabel(f.subject, names)} (${f.subject})`], ["Metric", f.metric],
      ["Period", f.period || "standing"],
      ["Status", f.status], ["Extractor", f.extractor_version]];
    document.getElementById("fact-kv").innerHTML = rows.filter((r) => r[1] !== null && r[1] !== undefined)
      .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("");
    document.getElementById("fact-sentence").textContent = f.sentence;
    const d = await api(`/documents/${encodeURIComponent(f.document_id)}`);
    document.getElementById("doc-title").innerHTML =
      `<a href="/documents/${esc(d.id)}">${esc(d.title || d.name)}</a>`;
    document.getElementById("doc-meta").textContent =
      [d.name, d.publisher, d.published, `${d.facts} facts`].filter(Boolean).join(" · ");
    const box = document.getElementById("doc-text");
    box.innerHTML = markedText(d.text, f);
    const mark = document.getElementById("highlight");
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  } catch (err) {
    title.textContent = err.message;
    title.classList.add("down");
  }
}

const match = window.location.pathname.match(/^\/facts\/(\d+)\/?$/);
const factId = match ? match[1] : params().get("id");
if (factId) showFact(factId); else initList();
