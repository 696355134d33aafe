// Dabir web page: sends the text to POST /v1/analyze and shows the Doc.
// Spans in a Doc are UTF-8 byte offsets; slices are taken on the encoded
// bytes, so highlighting is exact whatever the script.
"use strict";

const enc = new TextEncoder();
const dec = new TextDecoder();
const $ = (id) => document.getElementById(id);

const typeNames = {
  PER: "شخص", LOC: "مکان", ORG: "سازمان", EVE: "رویداد", POG: "گروه", NAT: "ملیت",
  DATE: "تاریخ", TIME: "زمان", DURATION: "مدت", NUM: "عدد", MONEY: "پول", PERCENT: "درصد", ORDINAL: "ترتیبی",
};

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k);
  return e;
}

// piece returns bytes[s:e] as a string.
function piece(bytes, s, e) { return dec.decode(bytes.subarray(s, e)); }

// highlight fills box with text (as bytes) where each span gets the element
// make(span, textOfSpan) returns; overlapping spans after the first are skipped.
function highlight(box, bytes, spans, make) {
  box.textContent = "";
  let pos = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const sp of sorted) {
    if (sp.start < pos) continue;
    box.append(piece(bytes, pos, sp.start));
    box.append(make(sp, piece(bytes, sp.start, sp.end)));
    pos = sp.end;
  }
  box.append(piece(bytes, pos, bytes.length));
}

function showNormalized(doc) {
  const bytes = enc.encode(doc.normalized);
  const spans = doc.changes.map((c) => ({ start: c.to.start, end: c.to.end, c }));
  highlight($("normalized"), bytes, spans, (sp, text) => {
    const c = sp.c;
    let cls = "chg", shown = text;
    if (c.new === "") { cls += " del"; shown = "⌫"; }
    else if (c.old === "") cls += " ins";
    if (c.new === "\u200c") shown = "\u200c|\u200c";
    const title = c.old === "" ? "افزوده: " + describe(c.new) : "پیش از این: «" + describe(c.old) + "»";
    return el("mark", { class: cls, title }, shown);
  });
  $("changes-count").textContent = `(${doc.changes.length.toLocaleString("fa-IR")} تغییر)`;
}

// describe makes invisible characters visible in a tooltip.
function describe(s) {
  return s.replace(/\u200c/g, "[نیم‌فاصله]").replace(/ /g, "[فاصله]").replace(/\u0640/g, "[کشیده]");
}

function showEntities(doc) {
  const bytes = enc.encode(doc.text);
  highlight($("entities"), bytes, doc.entities.map((e) => ({ start: e.span.start, end: e.span.end, e })), (sp, text) =>
    el("mark", { class: "ent ent-" + sp.e.type, "data-type": sp.e.type, title: (typeNames[sp.e.type] || sp.e.type) + (sp.e.value ? ": " + sp.e.value : "") }, text));
  const types = [...new Set(doc.entities.map((e) => e.type))];
  $("legend").textContent = "";
  for (const t of types) $("legend").append(el("mark", { class: "ent ent-" + t }, `${t} ${typeNames[t] || ""}`));
  $("entities-count").textContent = `(${doc.entities.length.toLocaleString("fa-IR")})`;
}

// calendars returns the Jalali and Gregorian forms of an ISO date value
// (YYYY-MM-DD, Gregorian), or ["", ""] for other values.
function calendars(e) {
  if (e.jalali || e.gregorian) return [e.jalali || "", e.gregorian || ""];
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(e.value || "");
  if (!m) return ["", ""];
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const opts = { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" };
  return [
    new Intl.DateTimeFormat("fa-IR-u-ca-persian", opts).format(d),
    new Intl.DateTimeFormat("fa-IR-u-ca-gregory", opts).format(d),
  ];
}

function showDates(doc) {
  const body = $("dates").tBodies[0];
  body.textContent = "";
  for (const e of doc.entities) {
    if (e.source !== "dates") continue;
    const [jal, greg] = calendars(e);
    body.append(el("tr", {}, el("td", {}, e.text), el("td", {}, typeNames[e.type] || e.type),
      el("td", { class: "ltr" }, e.value || ""), el("td", {}, jal), el("td", {}, greg)));
  }
  if (!body.rows.length) body.append(el("tr", {}, el("td", { colspan: "5" }, "عبارتی یافت نشد.")));
}

function showSentences(doc) {
  const list = $("sentences");
  list.textContent = "";
  let n = 0;
  for (const s of doc.sentences) {
    const toks = el("div", { class: "tokens" });
    for (const t of s.tokens) {
      n++;
      const tag = t.upos || "";
      const box = el("span", { class: "tok", title: [t.xpos, t.feats].filter(Boolean).join(" ") },
        el("span", { class: "form" }, t.norm));
      if (tag) box.append(el("span", { class: "tag" }, tag));
      if (t.lemma && t.lemma !== t.norm) box.append(el("span", { class: "lemma" }, t.lemma));
      if (t.words) box.title += (box.title ? " " : "") + "= " + t.words.map((w) => w.text + (w.upos ? "/" + w.upos : "")).join(" + ");
      toks.append(box);
    }
    list.append(el("li", {}, toks));
  }
  $("tokens-count").textContent = `(${doc.sentences.length.toLocaleString("fa-IR")} جمله، ${n.toLocaleString("fa-IR")} واژه)`;
}

async function analyze() {
  const text = $("input").value;
  const status = $("status");
  status.className = "";
  status.textContent = "در حال تحلیل…";
  $("analyze").disabled = true;
  try {
    const resp = await fetch("/v1/analyze", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
    const body = await resp.json();
    if (!resp.ok) throw new Error(body.error ? body.error.message : resp.statusText);
    showNormalized(body);
    showEntities(body);
    showDates(body);
    showSentences(body);
    $("results").hidden = false;
    status.textContent = "انجام شد.";
    document.body.dataset.state = "done";
  } catch (err) {
    status.className = "error";
    status.textContent = "خطا: " + err.message;
    document.body.dataset.state = "error";
  } finally {
    $("analyze").disabled = false;
  }
}

$("analyze").addEventListener("click", analyze);
$("input").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) analyze();
});
