"""The review page's stylesheet and script, inlined into the one HTML file (no network, system fonts).

The script reads the pages from the embedded JSON (``<script id="review-data"
type="application/json">``) and builds the DOM of the selected page only, with
``textContent`` and ``createElement`` (never ``innerHTML``): raw pages hold
arbitrary text.
"""

from __future__ import annotations

#: Article tints: as many hues as a page usually has articles, and then some.
HUES: tuple[int, ...] = (210, 30, 130, 280, 350, 180, 60, 250, 0, 95)

CSS = """
:root { --fg: #1d1f23; --muted: #6b7078; --line: #e3e5e8; --bg: #f6f7f9; --bad: #c62828; --ok: #2e7d32;
  --warn: #b26a00; font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC",
  "Microsoft YaHei", sans-serif; font-size: 14px; color: var(--fg); }
* { box-sizing: border-box; }
body { margin: 0; height: 100vh; display: flex; flex-direction: column; background: var(--bg); }
header { display: flex; gap: 16px; align-items: center; padding: 8px 14px; background: #fff;
  border-bottom: 1px solid var(--line); flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0; }
header .summary { color: var(--muted); }
header label { color: var(--muted); cursor: pointer; }
.legend { display: flex; gap: 6px; flex-wrap: wrap; font-size: 12px; margin-left: auto; }
main { flex: 1; display: flex; min-height: 0; }
nav { width: 250px; min-width: 200px; display: flex; flex-direction: column; border-right: 1px solid var(--line);
  background: #fff; }
nav input { margin: 8px; padding: 5px 7px; border: 1px solid var(--line); border-radius: 4px; }
#pagelist { overflow-y: auto; flex: 1; list-style: none; margin: 0; padding: 0; }
#pagelist li { padding: 4px 10px; cursor: pointer; border-bottom: 1px solid #f0f1f3; font-size: 13px; }
#pagelist li:hover { background: #f2f6fc; }
#pagelist li.sel { background: #dbe8fb; }
#pagelist .name { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
#pagelist .stat { display: flex; gap: 4px; color: var(--muted); font-size: 12px; min-height: 18px;
  font-variant-numeric: tabular-nums; }
.pill { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 12px; line-height: 18px;
  white-space: nowrap; font-variant-numeric: tabular-nums; }
.pill.ok { background: #e3f2e4; color: var(--ok); }
.pill.warn { background: #fff1d6; color: var(--warn); }
.pill.bad { background: #fde3e3; color: var(--bad); }
#view { flex: 1; display: flex; min-width: 0; }
#raw, #arts { overflow-y: auto; padding: 10px 12px; }
#raw { flex: 1.1; border-right: 1px solid var(--line); background: #fff; }
#arts { flex: 1; }
#raw h2, #arts h2 { font-size: 14px; margin: 0 0 8px; color: var(--muted); font-weight: 600; }
.ln { display: grid; grid-template-columns: 44px 84px 30px 1fr; align-items: baseline; min-height: 20px;
  border-left: 4px solid transparent; font-size: 13px; }
.ln .no { color: #9aa0a8; text-align: right; padding-right: 8px; font-family: ui-monospace, monospace;
  font-size: 11px; user-select: none; }
.ln .role { font-size: 11px; color: var(--muted); padding-right: 6px; white-space: nowrap; }
.ln .art { font-size: 11px; font-weight: 600; }
.ln .text { white-space: pre-wrap; word-break: break-all; padding: 1px 4px; }
.ln.blank { min-height: 6px; }
.ln.blank .role { visibility: hidden; }
body.noblank .ln.blank { display: none; }
.ln.head .role { color: var(--fg); font-weight: 600; }
.ln.head .text { font-weight: 600; }
.ln.dropped { background: repeating-linear-gradient(135deg, #fde3e3 0 6px, #fff0f0 6px 12px);
  border-left-color: var(--bad); }
.ln.dropped .role { color: var(--bad); font-weight: 700; text-transform: uppercase; }
.ln.banner { background: #ececec; }
.ln.flash { outline: 2px solid #1a73e8; }
.card { background: #fff; border: 1px solid var(--line); border-left: 6px solid #999; border-radius: 6px;
  padding: 10px 12px; margin-bottom: 12px; }
.card .top { display: flex; gap: 8px; align-items: center; cursor: pointer; flex-wrap: wrap; }
.badge { font-weight: 700; font-size: 12px; padding: 0 6px; border-radius: 4px; color: #fff; }
.card .spans { color: var(--muted); font-size: 12px; }
.card .kicker { color: var(--muted); margin-top: 6px; }
.card h3 { margin: 4px 0; font-size: 17px; }
.card h3.none { color: var(--bad); font-style: italic; font-weight: 400; }
.card .subtitle { margin-bottom: 4px; }
.card table.meta { border-collapse: collapse; margin: 6px 0; font-size: 13px; }
.card table.meta th { text-align: left; color: var(--muted); font-weight: 400; padding: 1px 10px 1px 0;
  vertical-align: top; white-space: nowrap; }
.card blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #bbb; color: #444; background: #fafafa; }
.diffs { margin: 6px 0; border: 1px solid #f3c0c0; background: #fff6f6; border-radius: 4px; padding: 4px 8px; }
.diffs table { border-collapse: collapse; width: 100%; font-size: 13px; }
.diffs th { text-align: left; color: var(--bad); font-weight: 600; padding: 1px 8px 1px 0; vertical-align: top;
  white-space: nowrap; }
.diffs td { padding: 1px 8px 1px 0; vertical-align: top; }
.diffs .want { color: var(--ok); }
.body { margin-top: 6px; border-top: 1px dashed var(--line); padding-top: 6px; }
.body p { margin: 0 0 6px; text-indent: 2em; line-height: 1.6; }
.body h4 { margin: 8px 0 4px; font-size: 14px; }
.body p.attribution { text-indent: 0; text-align: right; color: #444; }
table.overview { border-collapse: collapse; width: 100%; margin-bottom: 12px; background: #fff;
  border: 1px solid var(--line); font-size: 13px; }
table.overview td { padding: 3px 6px; border-bottom: 1px solid #f0f1f3; vertical-align: top; }
table.overview tr { cursor: pointer; }
table.overview tr:hover { background: #f2f6fc; }
table.overview .fields { color: var(--bad); }
.missed { border: 1px solid #f3c0c0; background: #fff6f6; border-radius: 6px; padding: 8px 12px;
  margin-bottom: 12px; }
.missed h4 { margin: 0 0 4px; color: var(--bad); }
.reject { border: 1px solid #f3c0c0; background: #fff6f6; border-radius: 6px; padding: 8px 12px;
  margin-bottom: 12px; color: var(--bad); }
.empty { color: var(--muted); font-style: italic; }
""" + "\n".join(
    f".a{i} {{ --tint: hsl({h} 75% 92%); --ink: hsl({h} 55% 38%); }}\n"
    f".ln.a{i} {{ background: var(--tint); border-left-color: var(--ink); }}\n"
    f".ln.a{i} .art, .ln.a{i}.head .role {{ color: var(--ink); }}\n"
    f".card.a{i} {{ border-left-color: var(--ink); }} .a{i} .badge, .badge.a{i} {{ background: var(--ink); }}"
    for i, h in enumerate(HUES)
)

JS = (
    """
"use strict";
const DATA = JSON.parse(document.getElementById("review-data").textContent);
const HUES = """
    + str(len(HUES))
    + """;
const HEAD_ROLES = new Set(["banner", "column", "kicker", "title", "subtitle", "byline", "note", "heading",
  "attribution"]);
const ROLE_NAMES = {pull_quote: "pull quote"};
const FIELD_NAMES = {page_banner: "banner", author_note: "note", pull_quote: "pull quote",
  paragraph_count: "paragraphs"};
let current = -1;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function tint(i) { return "a" + (i % HUES); }
function pill(score, digits) {
  const cls = score >= 0.98 ? "ok" : score >= 0.9 ? "warn" : "bad";
  return el("span", "pill " + cls, score.toFixed(digits || 3));
}

function buildList() {
  const list = document.getElementById("pagelist");
  DATA.pages.forEach((p, i) => {
    const li = el("li");
    li.dataset.index = String(i);
    li.title = p.source;
    li.appendChild(el("span", "name", p.source));
    const stat = el("span", "stat");
    if (p.status === "rejected") stat.appendChild(el("span", "pill bad", "rejected"));
    else if (p.score !== null) stat.appendChild(pill(p.score, 2));  // the list is sorted on two digits
    stat.appendChild(el("span", null, p.articles.length + " art."));
    if (p.diffs) stat.appendChild(el("span", "pill warn", p.diffs + " diff"));
    if (p.missed && p.missed.length) stat.appendChild(el("span", "pill bad", p.missed.length + " missed"));
    if (p.dropped) stat.appendChild(el("span", "pill bad", p.dropped + " dropped"));
    li.appendChild(stat);
    li.addEventListener("click", () => select(i));
    list.appendChild(li);
  });
}

function renderLines(p) {
  const raw = document.getElementById("raw");
  raw.replaceChildren();
  const counts = p.lines.length + " lines, " + p.articles.length + " article(s)" +
    (p.dropped ? ", " + p.dropped + " dropped" : "") + (p.encoding ? ", " + p.encoding : "");
  raw.appendChild(el("h2", null, p.source + ": " + counts));
  const frag = document.createDocumentFragment();
  p.lines.forEach(([text, art, r], no) => {
    const role = DATA.roles[r];
    let cls = "ln " + role;
    if (art !== null) cls += " " + tint(art);
    if (HEAD_ROLES.has(role)) cls += " head";
    const row = el("div", cls);
    row.id = "L" + no;
    row.appendChild(el("span", "no", no));
    row.appendChild(el("span", "role", ROLE_NAMES[role] || role));
    row.appendChild(el("span", "art", art !== null ? "A" + (art + 1) : ""));
    row.appendChild(el("span", "text", text));
    if (art !== null) row.addEventListener("click", () => showCard(art));
    frag.appendChild(row);
  });
  if (!p.lines.length) frag.appendChild(el("p", "empty", "no lines to show"));
  raw.appendChild(frag);
}

function metaRow(table, name, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
  const tr = el("tr");
  tr.appendChild(el("th", null, name));
  tr.appendChild(el("td", null, Array.isArray(value) ? value.join(" / ") : value));
  table.appendChild(tr);
}

function diffBox(a) {
  const box = el("div", "diffs");
  const table = el("table");
  const head = el("tr");
  for (const t of ["differs", "got", "gold"]) head.appendChild(el("th", null, t));
  table.appendChild(head);
  for (const [field, got, want] of a.diffs) {
    const tr = el("tr", "diff");
    tr.appendChild(el("th", null, FIELD_NAMES[field] || field));
    tr.appendChild(el("td", "got", got));
    tr.appendChild(el("td", "want", want));
    table.appendChild(tr);
  }
  box.appendChild(table);
  return box;
}

function card(a, i, withGold) {
  const c = el("section", "card " + tint(i));
  c.id = "A" + i;
  const top = el("div", "top");
  top.appendChild(el("span", "badge", "A" + (i + 1)));
  if (withGold) top.appendChild(a.gold === null ? el("span", "pill bad", "no gold match") : pill(a.score));
  if (withGold && a.diffs.length) top.appendChild(el("span", "pill warn", a.diffs.length + " field(s) differ"));
  const spans = a.spans.map(([x, y]) => x === y ? String(x) : x + "-" + y).join(", ");
  top.appendChild(el("span", "spans", "lines " + spans));
  top.addEventListener("click", () => showLines(a));
  c.appendChild(top);
  if (a.kicker) c.appendChild(el("div", "kicker", a.kicker));
  c.appendChild(a.title ? el("h3", "title", a.title) : el("h3", "title none", "(no title)"));
  if (a.subtitle) c.appendChild(el("div", "subtitle", "—— " + a.subtitle));
  const meta = el("table", "meta");
  metaRow(meta, "column", a.column);
  metaRow(meta, "banner", a.page_banner);
  metaRow(meta, "authors", a.authors);
  metaRow(meta, "note", a.author_note);
  metaRow(meta, "affiliation", a.affiliation);
  if (meta.childElementCount) c.appendChild(meta);
  if (a.pull_quote) c.appendChild(el("blockquote", "pull", a.pull_quote));
  if (withGold && a.diffs.length) c.appendChild(diffBox(a));
  if (withGold && a.gold === null) {
    const why = a.part_of === null ? "no gold article holds this body"
      : "no gold article of its own: its body is part of the gold article «" + (a.part_of || "(no title)") + "»";
    c.appendChild(el("div", "diffs nomatch", why));
  }
  const body = el("div", "body");
  for (const [kind, text] of a.blocks) body.appendChild(el(kind === "heading" ? "h4" : "p", kind, text));
  c.appendChild(body);
  return c;
}

function overview(p) {
  const table = el("table", "overview");
  p.articles.forEach((a, i) => {
    const tr = el("tr", tint(i));
    const badge = el("td");
    badge.appendChild(el("span", "badge", "A" + (i + 1)));
    tr.appendChild(badge);
    if (p.score !== null) {
      const td = el("td");
      td.appendChild(a.gold === null ? el("span", "pill bad", "no gold") : pill(a.score));
      tr.appendChild(td);
    }
    tr.appendChild(el("td", "t", a.title || "(no title)"));
    if (p.score !== null) {
      const fields = a.diffs.map(([f]) => FIELD_NAMES[f] || f).join(", ");
      const cut = a.part_of !== null ? "part of another gold article" : "";
      tr.appendChild(el("td", "fields", a.gold === null ? cut : fields));
    }
    tr.addEventListener("click", () => showCard(i));
    table.appendChild(tr);
  });
  return table;
}

function renderArticles(p) {
  const arts = document.getElementById("arts");
  arts.replaceChildren();
  const score = p.score !== null ? ", page score " + p.score.toFixed(3) : "";
  arts.appendChild(el("h2", null, "Articles built from it" + score));
  for (const r of p.rejects) arts.appendChild(el("div", "reject", "rejected: " + r));
  if (p.missed && p.missed.length) {
    const box = el("div", "missed");
    box.appendChild(el("h4", null, p.missed.length + " gold article(s) missed"));
    const ul = el("ul");
    for (const m of p.missed) {
      const into = m.in !== null ? ": its body went into A" + (m.in + 1) + ", merged with another" : "";
      ul.appendChild(el("li", null, (m.title || "(no title)") + " (" + m.chars + " chars)" + into));
    }
    box.appendChild(ul);
    arts.appendChild(box);
  }
  if (p.articles.length > 1 || p.score !== null) arts.appendChild(overview(p));
  p.articles.forEach((a, i) => arts.appendChild(card(a, i, p.score !== null)));
  if (!p.articles.length && !p.rejects.length) arts.appendChild(el("p", "empty", "no articles"));
}

function showCard(i) {
  const c = document.getElementById("A" + i);
  if (c) c.scrollIntoView({block: "start"});
}
function showLines(a) {
  for (const e of document.querySelectorAll(".ln.flash")) e.classList.remove("flash");
  for (const [x, y] of a.spans) {
    for (let n = x; n <= y; n++) { const r = document.getElementById("L" + n); if (r) r.classList.add("flash"); }
  }
  const first = document.getElementById("L" + a.spans[0][0]);
  if (first) first.scrollIntoView({block: "start"});
}

function select(i) {
  if (i < 0 || i >= DATA.pages.length) return;
  current = i;
  const p = DATA.pages[i];
  for (const li of document.querySelectorAll("#pagelist li.sel")) li.classList.remove("sel");
  const li = document.querySelector('#pagelist li[data-index="' + i + '"]');
  if (li) { li.classList.add("sel"); li.scrollIntoView({block: "nearest"}); }
  renderLines(p);
  renderArticles(p);
  document.getElementById("raw").scrollTop = 0;
  document.getElementById("arts").scrollTop = 0;
  const hash = "#" + encodeURIComponent(p.source);
  if (location.hash !== hash) history.replaceState(null, "", hash);
}

function fromHash() {
  const name = decodeURIComponent(location.hash.slice(1));
  const i = DATA.pages.findIndex((p) => p.source === name);
  return i >= 0 ? i : 0;
}

function filterList(q) {
  q = q.trim().toLowerCase();
  for (const li of document.querySelectorAll("#pagelist li")) {
    li.hidden = q !== "" && !li.title.toLowerCase().includes(q);
  }
}

function legend() {
  const box = document.getElementById("legend");
  for (const role of ["banner", "column", "kicker", "title", "subtitle", "byline", "pull_quote", "heading",
    "paragraph", "attribution", "note", "dropped"]) {
    box.appendChild(el("span", role === "dropped" ? "pill bad" : "pill", ROLE_NAMES[role] || role));
  }
}

document.getElementById("blank").addEventListener("change", (e) => {
  document.body.classList.toggle("noblank", !e.target.checked);
});
document.getElementById("filter").addEventListener("input", (e) => filterList(e.target.value));
document.addEventListener("keydown", (e) => {
  if (e.target instanceof HTMLInputElement && e.target.type === "search") return;
  if (e.key === "j") select(current + 1);
  if (e.key === "k") select(current - 1);
});
window.addEventListener("hashchange", () => select(fromHash()));
legend();
buildList();
if (DATA.pages.length) select(fromHash());
else document.getElementById("raw").appendChild(el("p", "empty", "no pages"));
"""
)
