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

// indexMap returns, for each UTF-8 byte offset of str (and its end), the
// UTF-16 index of the character that byte belongs to.
function indexMap(str) {
  const map = new Int32Array(enc.encode(str).length + 1);
  let b = 0, i = 0;
  for (const ch of str) {
    const n = enc.encode(ch).length;
    for (let k = 0; k < n; k++) map[b + k] = i;
    b += n;
    i += ch.length;
  }
  map[b] = i;
  return map;
}

// A word character for highlighting: anything but white space and
// punctuation (the half-space ZWNJ is part of a word).
const wordChar = /[^\s.,;:!?()«»"'\[\]{}،؛؟٫٬\-]/u;

// grow widens [s, e) (UTF-16 indices) of str to whole words.
function grow(str, s, e) {
  while (s > 0 && wordChar.test(str[s - 1])) s--;
  while (e < str.length && wordChar.test(str[e])) e++;
  return [s, e];
}

// showNormalized shows the normalized text with every changed word
// highlighted; its tooltip gives the word as it was written.
function showNormalized(doc) {
  const box = $("normalized");
  box.textContent = "";
  const nmap = indexMap(doc.normalized), tmap = indexMap(doc.text);
  const groups = [];
  for (const c of doc.changes) {
    const [ns, ne] = grow(doc.normalized, nmap[c.to.start], nmap[c.to.end]);
    const [os, oe] = grow(doc.text, tmap[c.from.start], tmap[c.from.end]);
    const last = groups[groups.length - 1];
    if (last && ns <= last.ne) {
      last.ne = Math.max(last.ne, ne);
      last.oe = Math.max(last.oe, oe);
      last.n++;
    } else {
      groups.push({ ns, ne, os, oe, n: 1, ins: c.old === "", del: c.new === "" });
    }
  }
  let pos = 0;
  for (const g of groups) {
    box.append(doc.normalized.slice(pos, g.ns));
    const was = doc.text.slice(g.os, g.oe);
    const now = doc.normalized.slice(g.ns, g.ne);
    const cls = "chg" + (g.n === 1 && g.ins ? " ins" : "") + (g.n === 1 && g.del ? " del" : "");
    box.append(el("mark", { class: cls, title: "پیش از این: «" + describe(was) + "»", "data-was": was }, now || "⌫"));
    pos = g.ne;
  }
  box.append(doc.normalized.slice(pos));
  $("changes-count").textContent = `(${doc.changes.length.toLocaleString("fa-IR")} تغییر در ${groups.length.toLocaleString("fa-IR")} واژه)`;
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

const jalaliMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const gregorianMonths = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];
const faDigits = (s) => String(s).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[d]);

// spell writes a date value of one calendar ("1400-11-15", "1400-11",
// "1400", or an interval "a/b") with Persian month names and digits.
function spell(v, months) {
  if (!v) return "";
  return v.split("/").map((part) => {
    const m = /^(\d{4}|--)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(part);
    if (!m) return part;
    const out = [];
    if (m[3]) out.push(faDigits(+m[3]));
    if (m[2]) out.push(months[+m[2] - 1] || m[2]);
    if (m[1] !== "--") out.push(faDigits(m[1]));
    return out.join(" ");
  }).join(" تا ");
}

function showDates(doc) {
  const body = $("dates").tBodies[0];
  body.textContent = "";
  // Dates, times and durations first, then amounts, then plain numbers.
  const rank = { DATE: 0, TIME: 0, DURATION: 0, MONEY: 1, PERCENT: 1, NUM: 2, ORDINAL: 2 };
  const found = doc.entities.filter((e) => e.source === "dates");
  found.sort((a, b) => (rank[a.type] ?? 1) - (rank[b.type] ?? 1) || a.span.start - b.span.start);
  for (const e of found) {
    const jal = spell(e.jalali, jalaliMonths), greg = spell(e.gregorian, gregorianMonths);
    body.append(el("tr", {}, el("td", {}, e.text), el("td", {}, typeNames[e.type] || e.type),
      el("td", { class: "ltr" }, (e.value || "") + (e.unit ? " " + e.unit : "")), el("td", { title: e.jalali || "" }, jal), el("td", { title: e.gregorian || "" }, greg)));
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
      if (t.words) {
        // A token the treebanks split into words (a noun and its clitic):
        // show the words with their tags.
        box.append(el("span", { class: "words" }, t.words.map((w) => w.text + (w.upos ? " " + w.upos : "")).join(" + ")));
        box.title += (box.title ? " " : "") + "= " + t.words.map((w) => w.text + (w.lemma ? " (" + w.lemma + ")" : "")).join(" + ");
      }
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
    const ref = $("ref").value;
    const resp = await fetch("/v1/analyze" + (ref ? "?ref=" + encodeURIComponent(ref) : ""), {
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
$("ref").value = new Date().toISOString().slice(0, 10);
$("input").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) analyze();
});
