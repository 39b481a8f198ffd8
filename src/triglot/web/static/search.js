// Triglot search page: one query over every language's Pagefind bundle, checked passage by passage.
//
// Pagefind finds candidates (stemmed per language, exact for "quoted phrases"); every candidate is
// then checked against its own text here, so a result is shown only when the passage really holds
// a word form of each term, the whole phrase, or a marked mention of a register entry the query
// names. Filters, counts, the URL, the downloads and the plural forms are all worked out from the
// checked results. Labels and register names come from pagefind/search.json, the languages from the
// page (data-languages); what grows with the edition comes in shards, fetched when a query needs
// them: each language's words by their first letters (pagefind/words/<lang>/). A passage's data
// brings its document's titles (Pagefind filter values, which it does not search: web/search.py).
(function () {
  "use strict";
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var QUOTED = /"([^"]*)"|“([^”]*)”|«([^»]*)»|„([^“”]*)[“”]/g;
  var FACETS = ["lang", "state", "doc", "type", "person", "place"];
  // Candidates checked: the first FIRST at once, then batches growing to BATCH (Pagefind fetches at
  // most 100 fragments at a time; large batches cut the round trips of a count in the thousands).
  var FIRST = 8, BATCH = 96, PAGE = 50;
  // Passages' data asked of Pagefind ahead of the one being checked: all of a batch at once, a query
  // put in after another waited for up to 96 of the one before's (its worker fetching and un-gzipping
  // each), though nobody would read them.
  var IN_FLIGHT = 16;

  // ------------------------------------------------------------ words and matching

  // Words are compared after Unicode compatibility normalisation (NFKC: the Armenian ligature "և"
  // reads as "եւ") and the letters each language's data file reads as one (Russian ё as е).
  var EQUIVALENTS = [];
  function norm(s) {
    s = s.normalize("NFKC").toLowerCase();
    EQUIVALENTS.forEach(function (pair) { s = s.split(pair[0]).join(pair[1]); });
    return s;
  }
  // Characters no word is spelled with, which a pasted query brings unseen: a soft hyphen or a zero-width
  // space from a hyphenated web page or a PDF, a byte order mark, direction marks and controls. Inside a
  // word they split it ("Chi\u00ADcherin" was searched as "chi" and "cherin": nothing found, hostile42);
  // the query is read without them. The joiners ZWNJ and ZWJ are part of Persian's and other scripts'
  // spelling, and the passages' words split at them as the query's do: kept.
  var UNSEEN = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
  // A stress mark over a Cyrillic vowel (a combining acute or grave: "Чиче\u0301рин"), as Russian
  // dictionaries and encyclopaedias print their headwords, is no part of the word's spelling either:
  // pasted, it made "Чичерин" a word no passage holds (hostile44). Only a combining mark after a
  // Cyrillic letter: a Latin "e\u0301" is "é", and the precomposed "ѝ" of Bulgarian is a letter.
  // An acute that makes one letter with the Cyrillic letter before it is that letter's own: Macedonian "ѓ" and
  // "ќ" written decomposed ("г" + U+0301, as some systems paste text) keep it, where no Cyrillic vowel has a
  // letter of its own with an acute, so a stressed vowel still loses its mark (review33). A grave is taken off
  // as before: "е" + U+0300 is also a decomposed Bulgarian "ѐ", told from a stress mark by nothing in the query.
  var STRESS = /(\p{Script=Cyrillic})([\u0300\u0301]+)/gu;
  function unstressed(match, letter, marks) {
    var one = (letter + marks).normalize("NFC");
    return marks === "\u0301" && one.length === 1 ? one : letter;
  }
  function withoutUnseen(q) { return q.replace(UNSEEN, "").replace(STRESS, unstressed); }
  function words(text) {
    var out = [];
    for (var m of text.matchAll(WORD)) out.push({ w: norm(m[0]), start: m.index, end: m.index + m[0].length });
    return out;
  }
  function commonPrefix(a, b) {
    var p = 0;
    while (p < a.length && p < b.length && a[p] === b[p]) p++;
    return p;
  }
  // A word of the passage is a form of a query term when both are one beginning (at least three
  // letters, most of the term) followed by endings of one group of the passage language's endings
  // (pagefind/search.json): territory/territories, договор/договора, but never Armenia/Armenian.
  // Armenian inflection may drop a vowel of the last syllable (պայմանագիր → պայմանագրի).
  // Numbers, short terms and languages without endings match as written. So does a word of at most
  // rules.exact letters (search/<lang>.json): Russian "над" is no form of "Надя", nor "сам" of "Сами",
  // nor Armenian "կար" of "Կարին", though the endings would relate them; unless the short word is a
  // word of a register name (NAMES: "Ван" takes its endings, "Вана", "Ване").
  function isWordForm(term, word, rules) {
    if (term === word) return true;
    if (!rules || /^\p{N}+$/u.test(term) || term.length <= 2) return false;
    // a form shares at least its first three letters, and most of the term, with it: told first, so
    // that whether a word is a register name's (short) is asked only of words in the term's shard
    var p = commonPrefix(term, word);
    if (p < 3 || p < term.length - 5) return false;
    if (short(term, rules) || short(word, rules)) return false;
    for (var k = p; k >= 3 && k >= term.length - 5; k--) {
      if (sameGroup(rules, term.slice(k), word.slice(k)) || dropped(rules, term.slice(k), word.slice(k)) ||
          dropped(rules, word.slice(k), term.slice(k))) return true;
    }
    return false;
  }
  // Whether a word is a word of a register name form, as norm() reads it: asked of the forms of the
  // entries with a word in the word's shard only (the entries of its key's first-passages file), each
  // shard's name words made once. Made from every form's words, as search.js did before, it read all the
  // registers' forms (over a thousand) on the way to a page's first rows when the query had a short word.
  var NAMES = new Map();
  function short(w, rules) {
    return Array.from(w).length <= (rules.exact || 0) && !nameWords(wordKey(w)).has(w);
  }
  function nameWords(key) {
    if (!NAMES.has(key)) {
      var found = new Set();
      entriesUnder(key).forEach(function (entry) {
        entry.forms.forEach(function (form) { formWords(form[0]).forEach(function (w) { if (wordKey(w) === key) found.add(w); }); });
      });
      if (!KEY_ENTRIES.has(key)) return found;     // not come yet: made again once it has
      NAMES.set(key, found);
    }
    return NAMES.get(key);
  }
  // The register entries as they come, one object an id whichever file brought it: a key's in its
  // first-passages file ("entries": web/search.py's entries_by_key), which a query's search reads
  // before it asks which entries the query names, and every entry in entries.json, read after the
  // first rows (a suggestion, a filter's labels). search.json carried them all, 63 of its 80 kB at 100
  // times the edition, on the way to every page's first rows (search26). A key's file brings an entry
  // whole (labels, every form) only where a name of it begins or ends under that key; elsewhere its forms
  // holding a word of the key, gathered here until a file or entries.json brings it whole (`whole`).
  var ENTRIES = new Map(), KEY_ENTRIES = new Map(), ALL_ENTRIES = null;
  function entryOf(e) {
    if (!e || typeof e.id !== "string" || !Array.isArray(e.forms)) return null;    // a file of another shape
    if (!ENTRIES.has(e.id)) ENTRIES.set(e.id, { id: e.id, kind: e.kind, labels: {}, forms: [], whole: false });
    var entry = ENTRIES.get(e.id);
    if (entry.whole) return entry;
    if (e.labels && typeof e.labels === "object") {
      entry.labels = e.labels; entry.forms = e.forms; entry.whole = true;
    } else {
      var had = new Set(entry.forms.map(function (form) { return form[1] + " " + form[0]; }));
      entry.forms = entry.forms.concat(e.forms.filter(function (form) { return !had.has(form[1] + " " + form[0]); }));
    }
    return entry;
  }
  function takeEntries(key, list) {
    if (!KEY_ENTRIES.has(key)) KEY_ENTRIES.set(key, (Array.isArray(list) ? list : []).map(entryOf).filter(Boolean));
  }
  // The entries with a name form holding a word of this shard: its file's, or (a file that did not
  // come, or a page without the keys) those of entries.json whose forms have a word of the key.
  function entriesUnder(key) {
    if (!KEY_ENTRIES.has(key) && ALL_ENTRIES) {
      KEY_ENTRIES.set(key, ALL_ENTRIES.filter(function (entry) {
        return entry.forms.some(function (form) { return formWords(form[0]).some(function (w) { return wordKey(w) === key; }); });
      }));
    }
    return KEY_ENTRIES.get(key) || [];
  }
  // What every query reads, made once before the first: each register name form's words (its
  // check of the query's entries) and each language's index of ending groups. Made by the
  // first query itself, they were most of a 60 ms task between its submit and its first rows.
  var NAMES_READY = false;
  function readyNames(data) {
    if (NAMES_READY) return;
    NAMES_READY = true;
    ENTRIES.forEach(function (entry) { entry.forms.forEach(function (form) { formWords(form[0]); }); });
    Object.values(data.endings || {}).forEach(function (rules) { if (rules.groups) sameGroup(rules, "", ""); });
  }
  // Whether two endings are in one group (an index of the groups each ending is in, made once).
  function sameGroup(rules, a, b) {
    if (!rules.index) {
      rules.index = new Map();
      rules.groups.forEach(function (g, i) {
        g.forEach(function (e) { if (!rules.index.has(e)) rules.index.set(e, []); rules.index.get(e).push(i); });
      });
    }
    var ga = rules.index.get(a), gb = rules.index.get(b);
    return !!(ga && gb && ga.some(function (i) { return gb.indexOf(i) >= 0; }));
  }
  // base tail "իր" or "իրը", inflected tail "րի": the vowel goes, the consonant stays, and an
  // ending of one group follows each (պայմանագիրը, պայմանագրով)
  function dropped(rules, base, inflected) {
    return (rules.drop || []).some(function (v) {
      if (!base.startsWith(v) || base.length <= v.length) return false;
      var tail = base.slice(v.length);
      for (var j = 1; j <= tail.length; j++) {
        var rest = tail.slice(0, j);
        if (inflected.startsWith(rest) && inflected.length > rest.length &&
            sameGroup(rules, tail.slice(j), inflected.slice(rest.length))) return true;
      }
      return false;
    });
  }

  // A query word names a register entry's word when it is that word or one of its inflected forms
  // in the name's own language (Нахичевани for Нахичевань, Մոսկվայի for Մոսկվա).
  function isNameForm(qw, fw, rules) {
    return qw === fw || (fw.length >= 3 && isWordForm(fw, qw, rules));
  }

  function parseQuery(q) {
    var phrases = [], rest = q.replace(QUOTED, function (all, a, b, c, d) {
      var text = a || b || c || d || "";
      var ws = words(text).map(function (x) { return x.w; });
      if (ws.length) phrases.push(ws);
      return " ";
    });
    var terms = words(rest).map(function (x) { return x.w; });
    return { phrases: phrases, terms: terms };
  }

  // What to ask one language's Pagefind for, from the words of that language (pagefind/words/):
  // null when some word of the query has no form there (the language cannot hold a hit, and a
  // word in another script can make Pagefind answer with every page); else the words to ask for
  // complete counts besides the query itself: each form of the query word with the fewest forms
  // (a hit holds one of them; Pagefind's stemmer may keep some apart), or a phrase's words.
  function plan(vocabulary, parsed, rules) {
    var all = Object.values(rules);
    if (!parsed.phrases.every(function (ph) { return ph.every(function (w) { return vocabulary.written.has(w); }); })) return null;
    var forms = parsed.terms.map(function (t) {
      return vocabulary.words.filter(function (w, i) {
        var n = vocabulary.normal[i];   // a form shares at least its first three letters
        return n === t || (n.slice(0, 3) === t.slice(0, 3) && all.some(function (r) { return isWordForm(t, n, r); }));
      });
    });
    if (forms.some(function (f) { return !f.length; })) return null;
    if (!forms.length) return parsed.phrases.map(function (ph) { return ph.join(" "); });
    var fewest = forms.reduce(function (a, b) { return b.length < a.length ? b : a; });
    // Pagefind finds the words that begin with what it is asked: the forms' common beginning
    // (three letters at least) is one request instead of one per form.
    var common = fewest.reduce(function (a, b) { return a.slice(0, commonPrefix(a, b)); });
    return common.length >= 3 && /^\p{L}/u.test(common) ? [common] : fewest;
  }

  // The query in one language's own spelling: each word as that language's text writes it
  // (pagefind/words/), since Pagefind finds words as written ("Երեւան" where the text has "Երևան").
  function spellings(q, written) {
    var own = q.replace(/[\p{L}\p{N}\p{M}]+/gu, function (w) {
      var forms = written.get(norm(w));
      return forms && forms.indexOf(w.toLowerCase()) < 0 ? forms[0] : w;
    });
    return own === q ? [q] : [q, own];
  }

  // Which register entries the whole query names, in any language, script or case form.
  function namedEntries(data, parsed) {
    var qwords = parsed.phrases.length === 1 && !parsed.terms.length ? parsed.phrases[0]
      : !parsed.phrases.length ? parsed.terms : null;
    return qwords && qwords.length ? entriesNamedBy(data, qwords) : [];
  }
  // Each name form's words, read once: a query of several words asks for the names of each run of
  // its words (nameGroups), every form each time.
  var FORM_WORDS = new Map();
  function formWords(text) {
    if (!FORM_WORDS.has(text)) FORM_WORDS.set(text, words(text).map(function (x) { return x.w; }));
    return FORM_WORDS.get(text);
  }
  // Only the entries under the first query word's shard (those its first-passages file brings) can be
  // named by the query: a name's word names a query word when the two are one word or share their first
  // three letters (isNameForm), and so their first WORD_KEY letters (a word beginning with a letter outside the BMP: its three
  // UTF-16 units may hold only part of its second letter, so every entry is read).
  function entriesNamedBy(data, qwords) {
    var endings = data.endings || {};
    var candidates = qwords[0].codePointAt(0) > 0xFFFF ? ALL_ENTRIES || [] : entriesUnder(wordKey(qwords[0]));
    return candidates.filter(function (entry) {
      return entry.forms.some(function (form) {
        var fw = formWords(form[0]), rules = endings[form[1]];
        // the whole name, its words in any order ("Curzon George", as indexes write names: surname
        // first), or (two words or more) its beginning in order: "Мустафа Кемаль" for "Мустафа Кемаль-паша"
        if (fw.length === qwords.length) return permutes(qwords, fw, rules);
        return qwords.length >= 2 && qwords.length < fw.length &&
          qwords.every(function (w, i) { return isNameForm(w, fw[i], rules); });
      });
    });
  }
  // Whether each query word is a form of its own word of the name, every word of the name used once
  // ("Kemal Mustafa" is "Mustafa Kemal"; "Mustafa Mustafa" is not).
  function permutes(qwords, fw, rules) {
    var used = fw.map(function () { return false; });
    function place(i) {
      if (i === qwords.length) return true;
      for (var j = 0; j < fw.length; j++) {
        if (used[j] || !isNameForm(qwords[i], fw[j], rules)) continue;
        used[j] = true;
        if (place(i + 1)) return true;
        used[j] = false;
      }
      return false;
    }
    return place(0);
  }

  // A query that names no entry whole but whose words, in a row, split into two or more register
  // names ("Mazandaran Gilan", "Rabino Curzon"): the names, fewest first (the longest names), each
  // with the entries it names; null when some word belongs to no name. Such a query asks for the
  // passages naming every one of them, in any language and script, besides those holding its words.
  var MOST_NAMED_WORDS = 8;   // a longer query is read as words: the splits grow with its length
  function nameGroups(data, parsed) {
    var terms = parsed.terms;
    if (parsed.phrases.length || terms.length < 2 || terms.length > MOST_NAMED_WORDS) return null;
    var best = [[]];     // best[i]: the fewest names that make terms[0..i), or undefined
    for (var i = 1; i <= terms.length; i++) {
      for (var j = 0; j < i; j++) {
        if (!best[j] || (best[i] && best[j].length + 1 >= best[i].length)) continue;
        var entries = entriesNamedBy(data, terms.slice(j, i));
        if (entries.length) best[i] = best[j].concat([{ terms: terms.slice(j, i), entries: entries }]);
      }
    }
    var groups = best[terms.length];
    return groups && groups.length >= 2 ? groups : null;
  }

  // Where the query is in this passage: [start, end) ranges, or null when it is not there.
  // rules: every language's endings; a word is judged by whichever fits its script
  function hits(text, parsed, entityIds, names, rules) {
    if (parsed.groups) return groupHits(text, parsed, names, rules);
    var ws = words(text), ranges = [], ok = true, all = Object.values(rules);
    function form(t, x) { return t === x.w || all.some(function (r) { return isWordForm(t, x.w, r); }); }
    if (entityIds.length && parsed.terms.length > 1 && !parsed.phrases.length) {
      // A register name typed without quotes is a name, not a bag of words: its words in a row, each
      // a form of the name's word (Турецкой Армении for Турецкая Армения). Anywhere in the passage,
      // "United States" found "units" and "stated" (unit+s, state+d) where no state is named.
      ok = false;
      for (var i = 0; i + parsed.terms.length <= ws.length; i++) {
        if (parsed.terms.every(function (t, k) { return form(t, ws[i + k]); })) {
          ok = true; ranges.push([ws[i].start, ws[i + parsed.terms.length - 1].end]);
        }
      }
    } else {
      parsed.terms.forEach(function (t) {
        var found = ws.filter(function (x) { return form(t, x); });
        if (!found.length) ok = false;
        found.forEach(function (x) { ranges.push([x.start, x.end]); });
      });
    }
    parsed.phrases.forEach(function (ph) {
      var any = false;
      for (var i = 0; i + ph.length <= ws.length; i++) {
        if (ph.every(function (w, k) { return ws[i + k].w === w; })) {
          any = true; ranges.push([ws[i].start, ws[i + ph.length - 1].end]);
        }
      }
      if (!any) ok = false;
    });
    var byName = [];
    if (entityIds.length) {
      names.forEach(function (pair) {
        if (entityIds.indexOf(pair[0]) < 0 || !pair[1]) return;
        for (var at = text.indexOf(pair[1]); at >= 0; at = text.indexOf(pair[1], at + 1)) byName.push([at, at + pair[1].length]);
      });
    }
    if (ok && (parsed.terms.length || parsed.phrases.length)) return merge(ranges.concat(byName));
    return byName.length ? merge(byName) : null;
  }
  // A query of several names (nameGroups): the passage names each (a marked mention of one of its
  // entries, or its words as a name is read), or holds every word of the query as typed.
  function groupHits(text, parsed, names, rules) {
    var typed = hits(text, { terms: parsed.terms, phrases: [] }, [], names, rules), ranges = [];
    var every = parsed.groups.every(function (group) {
      var ids = group.entries.map(function (e) { return e.id; });
      var found = hits(text, { terms: group.terms, phrases: [] }, ids, names, rules);
      if (found) ranges = ranges.concat(found);
      return !!found;
    });
    return every ? merge(ranges.concat(typed || [])) : typed;
  }
  function merge(ranges) {
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var out = [];
    ranges.forEach(function (r) {
      var last = out[out.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else out.push(r.slice());
    });
    return out;
  }

  // The shard that holds a word (its first WORD_KEY letters as norm() reads them) and its file name
  // (the letters' code points in hex): web/search.py's word_key and _file_name.
  var WORD_KEY = 2;
  var EARLY_FIRSTS = 8;     // first passages' files a page opened with a query asks for before search.json is read
  function wordKey(w) { return Array.from(w).slice(0, WORD_KEY).join(""); }
  // The shards a query's words lie in, each once.
  function keysOf(q) {
    return Array.from(new Set(words(q).map(function (x) { return wordKey(x.w); })));
  }
  function fileName(key) {
    return Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // Optimal string alignment distance, for "Did you mean …?" among the register's names.
  function distance(a, b) {
    var d = [];
    for (var i = 0; i <= a.length; i++) { d.push([i]); }
    for (var j = 1; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  }
  function suggestion(entries, q) {
    var nq = norm(q.replace(QUOTED, "$1$2$3$4")).trim(), best = null;
    if (nq.length < 4) return null;
    entries.forEach(function (entry) {
      entry.forms.forEach(function (form) {
        // The distance is at least the lengths' difference: a form that cannot come near enough
        // (or nearer than the best so far) is not aligned. A pasted paragraph of 10,000 characters
        // that found nothing was aligned with every form, letter by letter: 11 s of the page's
        // only thread for 800 forms (hostile44).
        var nf = norm(form[0]), gap = Math.abs(nq.length - nf.length);
        if (gap > Math.ceil(nq.length / 3) || (best && gap >= best.d)) return;
        var d = distance(nq, nf);
        if (d > 0 && d <= Math.ceil(nq.length / 3) && (!best || d < best.d)) best = { d: d, form: form[0] };
      });
    });
    return best && best.form;
  }

  // The register forms nobody has checked (search.json's "unchecked": web/search.py's unchecked_forms)
  // through which this passage was found: a mention (its "names") of an entry the query names, or
  // one inside a hit, whose entry's name in the passage's language is unchecked, or which is an
  // unchecked variant itself. [form, language] each, once.
  // unchecked: search.json's {entry id: its unchecked forms} (web/search.py's unchecked_by_id)
  function uncheckedForms(unchecked, d, lang, ranges, named) {
    if (!unchecked || !Object.keys(unchecked).length) return [];
    var out = [], text = d.content;
    JSON.parse(field(d, "names") || "[]").forEach(function (pair) {
      var forms = Object.prototype.hasOwnProperty.call(unchecked, pair[0]) ? unchecked[pair[0]] : null;
      if (!forms || !pair[1]) return;
      var found = named.indexOf(pair[0]) >= 0;
      for (var at = text.indexOf(pair[1]); !found && at >= 0; at = text.indexOf(pair[1], at + 1)) {
        found = ranges.some(function (r) { return r[0] < at + pair[1].length && at < r[1]; });
      }
      if (!found) return;
      forms.forEach(function (f) {
        if (f[1] !== lang || (f[2] === "variant" && f[0] !== pair[1])) return;
        if (!out.some(function (o) { return o[0] === f[0] && o[1] === f[1]; })) out.push([f[0], f[1]]);
      });
    });
    return out;
  }

  // Whether a candidate is a passage as it was before an edit: its document is overlaid (search.json's
  // "overlaid") and it does not come from the overlay, whose pages carry fresh=1 (web/overlays.py). The
  // base bundle still holds the document's old passages: a passage the edit removed, a word it took out
  // or a filter value it changed would be found there, and an edited passage found twice.
  function stale(data, d) {
    var docs = (data.stale || {})[field(d, "lang")];
    return !!docs && docs.has(field(d, "doc")) && field(d, "fresh") !== "1";
  }

  // A passage's one value of a field: what a result shows comes as Pagefind filter values (which
  // it does not search; web/search.py's _page), each a list.
  function field(d, key) {
    var values = (d.filters || {})[key];
    return values && values.length ? values[0] : "";
  }

  // ------------------------------------------------------------ page

  // The letters read as one as the page carries them (its head's triglot-letters: search.json's endings'
  // equivalents, web/search.py's letters_read_as_one), for the keys of a query's words before search.json has come.
  function pageLetters() {
    var meta = document.querySelector("meta[name=triglot-letters]");
    try {
      var pairs = JSON.parse(meta ? meta.content : "[]");
      return Array.isArray(pairs) ? pairs.filter(function (p) { return Array.isArray(p) && typeof p[0] === "string" && p[0] && typeof p[1] === "string"; }) : [];
    } catch (e) {
      return [];      // a page without them: the keys as written; search.json's are read before any search
    }
  }

  // The keys the build wrote a first-passages file for, as the page carries them (its head's triglot-keys:
  // web/search.py's compact_keys, groups parted by spaces, a one-letter key as itself, each first letter's
  // two-letter keys as that letter followed by their second letters), or null on a page without them
  // (every key's file is asked for). A query word whose key no language has asked for a file before
  // search.json had come, and was answered 404.
  function pageKeys() {
    var meta = document.querySelector("meta[name=triglot-keys]"), keys = new Set();
    if (!meta || !meta.content) return null;
    meta.content.split(" ").forEach(function (group) {
      var letters = Array.from(group);
      if (letters.length === 1) keys.add(letters[0]);
      letters.slice(1).forEach(function (second) { keys.add(letters[0] + second); });
    });
    return keys;
  }
  var PAGE_KEYS = pageKeys();

  // What a search page asks for before anything else, as soon as this script runs: search.json and, for a
  // page opened with a query, its words' first passages. The script is loaded async (web-layout.xsl): it
  // runs as soon as it has come, before the page is read and its stylesheet in (which a deferred script
  // waits for), and nothing of this needs the page but its head's root (only the search page loads this
  // script). Not from a folder (file://, which the page says it cannot search).
  function ask() {
    var root = document.querySelector("meta[name=triglot-root]");
    var bundles = new URL((root ? root.content : "") + "pagefind/", location.href);
    var json = function (name, signal) {
      return fetch(new URL(name, bundles), signal ? { signal: signal } : undefined).then(function (response) {
        if (!response.ok) throw new Error(name + ": " + response.status);
        return response.json();
      });
    };
    var found = json("search.json");
    found.catch(function () {});    // reported by start(), which awaits it
    // A page opened with a query asks for its words' first passages now, beside search.json, not once
    // search.json is read: a file's name is its key, the query word's first letters, which need nothing
    // from search.json but the letters read as one (Russian ё as е); a key those change, or one no
    // language has (search.json's "wordShards"), is asked for again or not used (SearchPage.ahead). At
    // 100 times the edition (load 6-18) the file came a median 90 ms after search.json, the rows 125 ms
    // after it; then 2 and 61 ms (search19).
    var opened = withoutUnseen(new URLSearchParams(location.search).get("q") || "").trim();
    // the letters read as one, which the page carries (its head's triglot-letters, what search.json's
    // endings give): "İstanbul" asked for a file under the key of an i with a combining dot above, a 404
    // before the first rows, and for "is" again once search.json was read
    EQUIVALENTS = pageLetters();
    var early = new Map();
    // the first EARLY_FIRSTS words' files only: a query of 1,000 characters asked for 200, nearly all
    // 404, queued before Pagefind's files (hostile40); the search asks for the others the edition has
    keysOf(opened).filter(function (key) { return !PAGE_KEYS || PAGE_KEYS.has(key); }).slice(0, EARLY_FIRSTS).forEach(function (key) {
      var file = json("first/" + fileName(key) + ".json");
      file.catch(function () {});    // reported by the search that reads it
      early.set(key, file);
    });
    return { bundles: bundles, json: json, found: found, opened: opened, early: early };
  }
  var ASKED = location.protocol !== "file:" && document.querySelector("meta[name=triglot-root]") ? ask() : null;

  // The page's own work starts once the page is read (at once when it has been read by the time
  // this script runs), not after the deferred scripts have run and DOMContentLoaded has fired where it can.
  function whenRead(start) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }

  whenRead(function () {
    var form = document.querySelector(".search-form");
    if (!form) return;
    var S = {}, plurals = {};
    document.querySelectorAll(".search-strings [data-key]").forEach(function (li) { S[li.dataset.key] = li.textContent; });
    document.querySelectorAll(".search-strings [data-plural]").forEach(function (li) { plurals[li.dataset.plural] = li.textContent; });
    var ui = document.documentElement.lang;
    var unavailable = document.querySelector(".search-unavailable");
    var status = document.querySelector(".search-status");
    if (location.protocol === "file:") {
      document.querySelector(".search-nojs").textContent = S.file;
      return;
    }
    start().catch(function () {
      form.hidden = true; unavailable.hidden = false;
      document.querySelector(".search-nojs").textContent = S.failed;
    });

    // What every search needs is asked for at once, as soon as the script runs: search.json and
    // the interface language's Pagefind module. A query's word shards follow search.json (their
    // names need its equivalent letters); the other languages' modules are fetched when a query
    // needs them (its words are theirs) or after the first search: on two cores, each module
    // compiled and each Pagefind worker started is time taken from the first results.
    async function start() {
      var asked = ASKED || ask();
      var bundles = asked.bundles, json = asked.json, found = asked.found, opened = asked.opened, early = asked.early;
      var languages = (form.dataset.languages || "").split(" ").filter(Boolean);
      // Each bundle's own pagefind.js: a module keeps one WebAssembly instance, so two languages
      // sharing a module would share (and corrupt) its memory.
      var modules = {};
      function load(lang) {
        if (!modules[lang]) modules[lang] = import(new URL(lang + "/pagefind.js", bundles).href);
        return modules[lang];
      }
      var first = languages.indexOf(ui) >= 0 ? ui : languages[0];
      // A page opened with a query loads the module once its first rows are painted (or at once when
      // the edition has no first passages for its words: SearchPage.opening); any other page now.
      if (first && !opened) load(first).catch(function () {});     // reported below, and by any search that asks it
      var data = await found;
      data.languages = languages;
      data.json = json;
      EQUIVALENTS = [];     // search.json's own (the page's, read by ask(), are the same when the site is whole)
      Object.values(data.endings || {}).forEach(function (rules) {
        EQUIVALENTS = EQUIVALENTS.concat(Object.entries(rules.equivalents || {}));
      });
      // the documents whose passages count only from an overlay bundle (web/overlays.py), per language
      var overlaid = data.overlaid || {};
      data.stale = {};
      Object.keys(overlaid).forEach(function (lang) { data.stale[lang] = new Set(Array.isArray(overlaid[lang]) ? overlaid[lang] : []); });
      data.wordKeys = {};
      languages.forEach(function (lang) { data.wordKeys[lang] = new Set((data.wordShards || {})[lang] || []); });
      // the keys that have a first-passages file: the page's, else those of a language's word shards
      data.fileKeys = PAGE_KEYS || new Set([].concat.apply([], languages.map(function (lang) { return Array.from(data.wordKeys[lang]); })));
      // A page opened with a query asks for its words' first passages and shards now, before the
      // register names are read and the languages' Pagefinds set up (on two loaded cores that work
      // took tens of milliseconds the requests waited for).
      var instances = {}, page = new SearchPage(data, instances);
      early.forEach(function (file, key) { page.firsts.set(key, file); });
      if (!page.ahead(opened) && first) load(first).catch(function () {});
      languages.forEach(function (lang) {
        // a large edition's language comes in several bundles (search.json's "bundles"),
        // merged into the first one's Pagefind when it starts
        var folders = [lang].concat((data.bundles || {})[lang] || []).map(function (folder) {
          return { url: new URL(folder + "/", bundles).href, files: (data.bundleFiles || {})[folder] };
        });
        instances[lang] = language(load.bind(null, lang), folders);
      });
      // A page opened with a query starts its search now, while the interface language's module
      // loads: the query's word shards say which languages' Pagefind it starts (SearchPage.search).
      page.begin();
      await page.opening;
      if (first) await load(first);     // an index that cannot be loaded: the page says so
      unavailable.hidden = true;
      form.hidden = false;
    }

    // A language's Pagefind, started on its first use: the module loaded, its worker started
    // (WebAssembly and page list) and the language's other bundles merged in before its first
    // search (Pagefind's own mergeIndex starts the worker: merged at once, every language would
    // start together). Pagefind's worker fetches each bundle's files one after another (the worker
    // script, then the entry file, then the metadata and WebAssembly, then each merged bundle's
    // entry and metadata); they are all fetched at once as the language starts, into the browser's
    // cache, where the worker finds them (search.json's "bundleFiles"; the entry file under its tag).
    function language(load, folders) {
      var ready = null, m = null;
      function warm() {
        folders.forEach(function (folder, i) {
          var f = folder.files;
          if (!f) return;      // a bundle search.json does not describe: Pagefind fetches it itself
          var names = ["pagefind-entry.json?ts=" + f.tag, f.meta];
          if (i === 0) names = ["pagefind-worker.js"].concat(names, [f.wasm]);
          names.forEach(function (name) {
            fetch(new URL(name, folder.url)).then(function (r) { return r.arrayBuffer(); }).catch(function () {});
          });
        });
      }
      function tag(folder) { return folder.files ? { metaCacheTag: folder.files.tag } : {}; }
      function start() {
        if (!ready) {
          warm();
          ready = load().then(function (module) {
            m = module;
            return Promise.resolve(m.options(tag(folders[0]))).then(function () { return m.init(); });
          }).then(function () {
            return Promise.all(folders.slice(1).map(function (folder) { return m.mergeIndex(folder.url, tag(folder)); }));
          }).then(function () { return m; });
        }
        return ready;
      }
      return {
        init: start,
        prepare: function () { load().catch(function () {}); },    // a failure is the search's to report
        search: function (text, options) { return start().then(function (m) { return m.search(text, options); }); },
        preload: function (text, options) { return start().then(function (m) { return m.preload(text, options); }); },
        filters: function () { return start().then(function (m) { return m.filters(); }); }
      };
    }

    function SearchPage(data, instances) {
      this.data = data; this.instances = instances; this.run = 0;
      this.input = document.getElementById("search-input");
      this.from = document.getElementById("search-from");
      this.to = document.getElementById("search-to");
      this.list = document.querySelector(".search-results");
      this.filters = document.querySelector(".search-filters");
      this.more = null;
      this.shards = new Map();      // "lang key": the word shard's promise
      this.firsts = new Map();      // key: the first passages' file's promise
      // Who asked for a file still on its way (SearchPage.owned): the search running now, or what
      // is typed for the next one; a search that starts aborts the one before's files
      this.owners = new Map();      // a promise in shards or firsts still on its way: its AbortController
      this.running = null;          // the running search's AbortController
      this.upcoming = new AbortController();   // the next search's (what the reader types for it)
      this.documents = {};          // document id: its titles (interface language: title), from its results
      this.every = null;            // entries.json's promise (SearchPage.everyEntry)
      // The page's first search, when it was opened with a query: settled once its first rows are
      // painted (or the first passages had none), when Pagefind's module and worker may start.
      this.opening = Promise.resolve();
    }

    // The words of each language a query needs (the shards of its words), as plan() and spellings()
    // read them: every word as written, its normal form, and the written forms of each normal form.
    // ctl: the AbortController of the search they are asked for (SearchPage.owned)
    SearchPage.prototype.vocabulary = function (q, ctl, keys) {
      var self = this;
      var out = {};
      keys = keys || keysOf(q);
      return Promise.all(this.data.languages.map(function (lang) {
        return Promise.all(keys.map(function (key) { return self.wordShard(lang, key, ctl); })).then(function (lists) {
          var list = [].concat.apply([], lists), written = new Map(), normal = list.map(norm);
          list.forEach(function (w, i) {
            if (!written.has(normal[i])) written.set(normal[i], []);
            written.get(normal[i]).push(w);
          });
          out[lang] = { words: list, normal: normal, written: written };
        });
      })).then(function () { return out; });
    };
    // The query's word shards and first passages' files asked for, each once (kept in the maps
    // search() reads them from); whether a first passages' file was asked for.
    SearchPage.prototype.ahead = function (q) {
      var self = this, asked = false;
      keysOf(q).forEach(function (key) {
        var held = self.data.languages.filter(function (lang) { return self.data.wordKeys[lang].has(key); });
        if (self.data.fileKeys.has(key)) { self.firstFile(key, self.upcoming).catch(function () {}); asked = true; }  // reported by the search that reads it
        held.forEach(function (lang) { self.wordShard(lang, key, self.upcoming).catch(function () {}); });
      });
      return asked;
    };
    SearchPage.prototype.wordShard = function (lang, key, ctl) {
      var id = lang + " " + key;
      if (!this.data.wordKeys[lang].has(key)) return Promise.resolve([]);
      return this.owned(this.shards, id, "words/" + lang + "/" + fileName(key) + ".json", ctl);
    };
    // One of our files (a word shard, a first passages' file), asked for once and kept in `map`
    // under `key`, on behalf of the search whose AbortController is `ctl`. A search that starts
    // aborts what the one before asked for and is still on its way (SearchPage.abort): a query put
    // in after another waited behind the files of the one before.
    SearchPage.prototype.owned = function (map, key, name, ctl) {
      if (!map.has(key)) {
        var self = this, file = this.data.json(name, ctl.signal), gone = function () { self.owners.delete(file); };
        map.set(key, file);
        this.owners.set(file, ctl);
        file.then(gone, gone);
      }
      return map.get(key);
    };
    // The files a search asked for that are still on their way: aborted and forgotten (a later
    // query that needs one asks for it again).
    SearchPage.prototype.abort = function (ctl) {
      var self = this;
      [this.shards, this.firsts].forEach(function (map) {
        map.forEach(function (file, key) {
          if (self.owners.get(file) === ctl) { map.delete(key); self.owners.delete(file); }
        });
      });
      ctl.abort();
    };

    SearchPage.prototype.begin = function () {
      var self = this, params = new URLSearchParams(location.search);
      this.input.value = params.get("q") || "";
      this.from.value = params.get("from") || "";
      this.to.value = params.get("to") || "";
      this.selected = {};
      FACETS.forEach(function (f) { self.selected[f] = params.getAll(f); });
      // a shared URL with filters shows them
      document.querySelector(".search-filters").open = ["from", "to"].concat(FACETS).some(function (f) { return params.has(f); });
      form.addEventListener("submit", function (ev) { ev.preventDefault(); self.saveUrl(); self.search(); });
      // While the reader types, the words' shards, their first passages and Pagefind's index
      // chunks load (Pagefind's preload), so that the search itself finds them in memory; and as the
      // reader comes to the box, what every query reads is made (readyNames).
      this.input.addEventListener("focus", function () { readyNames(self.data); });
      this.input.addEventListener("input", function () {
        // The box emptied (Escape, the box's clear button, everything deleted) ends the search as an
        // empty query submitted does: the running search stops, its rows go and the URL loses its
        // query. Left running, its rows came in under an empty box, and the URL kept the old query
        // (a reload or a shared link brought back what the reader had cleared: hostile44).
        if (!self.input.value) { if (self.run || location.search) { self.saveUrl(); self.search(); } return; }
        self.preload(self.input.value);
      });
      // facet counts are drawn while the filters are open or when every candidate is checked
      this.filters.addEventListener("toggle", function () {
        if (self.filters.open) { self.renderFacets(); self.everyEntry().catch(function () {}); }
      });
      [this.from, this.to].forEach(function (el) { el.addEventListener("change", function () { self.saveUrl(); self.show(); }); });
      document.querySelectorAll(".search-downloads button").forEach(function (b) {
        b.addEventListener("click", function () { self.download(b.dataset.format); });
      });
      // The interface language's Pagefind starts first and the others once it is ready: started
      // together, three workers share two cores and the reader's first query waits for all three.
      var warm = function () {
        var first = self.instances[ui], rest = Object.keys(self.instances).filter(function (l) { return l !== ui; });
        var others = function () { rest.forEach(function (lang) { self.instances[lang].init(); }); };
        Promise.resolve(first && first.init()).then(others, others);
      };
      if (this.input.value.trim()) { this.opened = true; this.search().then(warm, warm); } else warm();
    };

    // Only the last PRELOAD_WORDS words: a pasted paragraph of 1,000 characters asked for the word
    // shards of its 200 words in every language, their first passages and Pagefind's chunks of every
    // word, on each input, all queued before what the search itself asks for on submit (which asks
    // for the others); typed word by word, each word is among the last as it is typed.
    var PRELOAD_WORDS = 8;
    SearchPage.prototype.preload = function (q) {
      q = withoutUnseen(q);
      var self = this, all = words(q), typed = all.slice(-PRELOAD_WORDS), letters = typed.map(function (x) { return wordKey(x.w); });
      if (!letters.length) return;
      var text = all.length > PRELOAD_WORDS ? q.slice(typed[0].start) : q;
      readyNames(this.data);
      this.vocabulary(text, this.upcoming, Array.from(new Set(letters))).catch(function () {});   // a failure is the search's to report
      // The first passages' file of each word whose key is known (a word followed by another, or of
      // WORD_KEY letters already; not "n" on the way to "negotiation"), if a language has the key:
      // a fresh page's first query asked for it only once submitted, and its rows waited for it.
      letters.forEach(function (key, i) {
        if (i === letters.length - 1 && Array.from(typed[i].w).length < WORD_KEY) return;
        if (self.data.fileKeys.has(key)) {
          self.firstFile(key, self.upcoming).catch(function () {});     // reported by the search that reads it
        }
      });
      this.data.languages.forEach(function (lang) {
        var instance = self.instances[lang];
        if (instance && instance.preload && letters.every(function (key) { return self.data.wordKeys[lang].has(key); })) {
          instance.preload(text).catch(function () {});
        }
      });
    };

    SearchPage.prototype.saveUrl = function () {
      var p = new URLSearchParams(), self = this;
      if (this.input.value) p.set("q", this.input.value);
      FACETS.forEach(function (f) { self.selected[f].forEach(function (v) { p.append(f, v); }); });
      if (this.from.value) p.set("from", this.from.value);
      if (this.to.value) p.set("to", this.to.value);
      history.replaceState(null, "", "?" + p.toString());
    };

    // Candidates from Pagefind (the query in each language's spelling, every mention of a named entry),
    // then checked batch by batch; the first checked batch is shown at once.
    SearchPage.prototype.search = async function () {
      var run = ++this.run, self = this, q = withoutUnseen(this.input.value);
      // what the reader typed for this search was asked for under `upcoming`; what the search
      // before asked for and is still on its way is aborted
      var ctl = this.upcoming;
      this.upcoming = new AbortController();
      if (this.running) this.abort(this.running);
      this.running = ctl;
      this.results = []; this.keys = new Set(); this.found = 0; this.done = false; this.shown = PAGE; this.started = performance.now(); this.batches = 0;
      this.list.dataset.state = "checking"; delete this.list.dataset.firstMs; delete this.list.dataset.pageMs;
      this.list.textContent = "";
      document.querySelector(".search-suggestion").hidden = true;
      var parsed = parseQuery(q);
      if (!parsed.terms.length && !parsed.phrases.length) {
        // "!!!", "%", direction marks alone: no word to look for, and so nothing found (said: a blank
        // status left the reader guessing whether the search ran); an empty box says nothing
        status.textContent = this.input.value.trim() ? S.none : ""; this.renderFacets(); this.list.dataset.state = "done"; return;
      }
      status.textContent = S.checking;
      // Which register entries the query names: asked of the entries under its words' keys, which come
      // with their first passages (SearchPage.names), and so worked out as soon as those have come, the
      // first passages checked at once.
      var naming = this.names(q, ctl).then(function () {
        var entities = namedEntries(self.data, parsed);
        parsed.groups = entities.length ? null : nameGroups(self.data, parsed);
        if (parsed.groups) {    // every entry of each name: their mentions are the candidates
          entities = [].concat.apply([], parsed.groups.map(function (g) { return g.entries; }))
            .filter(function (e, i, all) { return all.indexOf(e) === i; });
        }
        if (run === self.run) self.named = entities.map(function (e) { return e.id; });  // a row found through one says so if its form there is unchecked
        // an entry named by a name typed in another order than its file brings whole ("of Foreign Affairs
        // People's Commissariat"): its labels and every form (the first rows' words, the later rounds'
        // names) from entries.json
        if (entities.every(function (e) { return e.whole; })) return entities;
        return self.everyEntry().then(function () { return entities; });
      });
      naming.catch(function () {});     // reported below
      // The query's word shards and first passages are asked for before Pagefind's files (a
      // language's start fetches some 25 at once, and on six connections a later request waits).
      var shards = this.vocabulary(q, ctl);
      shards.catch(function () {});     // reported below
      var head = naming.then(function (entities) {
        return run === self.run && self.showFirst(run, ctl, q, parsed, entities, self.named);
      }, function () { return false; });
      // the filters open (a shared URL with filters): every entry's label, once the first rows are in
      if (this.filters.open) head.then(function () { return self.everyEntry(); }).catch(function () {});
      // Opened with a query, the page starts Pagefind (its module evaluated, its worker and its
      // files' requests) only once the first rows are painted: on two cores that work, done while
      // the first passages were checked, put the rows 150 ms after their file's arrival.
      if (this.opened) {
        this.opened = false;
        // bounded: a first passages' file never answered (a stalled proxy) kept Pagefind from starting
        this.opening = Promise.race([head, new Promise(function (resolve) { setTimeout(resolve, FIRST_WAIT); })]);
        await this.opening;
        if (run !== this.run) return;
      }
      // The query as typed goes to Pagefind at once in each language that can hold its words (the
      // shards of their first letters exist there) while the words' shards load: on a large edition
      // Pagefind's answer is most of the wait. The plan below still decides which languages count.
      var early = {}, letters = words(q).map(function (x) { return wordKey(x.w); });
      // Another language whose word lists begin like every word of the query has its module
      // fetched and compiled meanwhile ("Чичерин" on the English page: the Russian one); its worker
      // starts only if the words are its own (the plan), not merely their first letters.
      this.data.languages.forEach(function (lang) {
        if (!letters.every(function (key) { return self.data.wordKeys[lang].has(key); })) return;
        if (lang === ui) {
          early[lang] = self.instances[lang].search(q);
          early[lang].catch(function () {});    // reported by ask() if the plan asks for it
        } else {
          self.instances[lang].prepare();
        }
      });
      var vocabulary, entities;
      try {
        entities = await naming;
        vocabulary = await shards;
      } catch (err) {
        if (run === this.run) { status.textContent = S.failed; this.list.dataset.state = "done"; }
        return;
      }
      if (run !== this.run) return;
      var ids = this.named;
      this.showEntities(entities);
      // Pagefind is asked in rounds, and only in the languages that have a form of every word of
      // the query (plan()). First, the query as typed (and in the language's own spelling); when
      // that finds nothing and the query names register entries, their names in each language.
      // The first candidates of these answers, in Pagefind's rank order, are checked and shown.
      // Then, for complete counts: every passage filed under a named entry (a mention in any form)
      // and each form of the query's words. Each language's Pagefind answers one request at a
      // time in a worker of its own, and on a large edition a filter search there takes seconds:
      // later rounds wait until the first results are shown.
      var seen = new Set(), failed = false, queue = [], pending = 0, wake = null;
      var plans = {}, typed = {}, rules = this.data.endings || {}, waiting = {}, busy = {};
      this.data.languages.forEach(function (lang) {
        plans[lang] = plan(vocabulary[lang], parsed, rules);
        typed[lang] = spellings(q, vocabulary[lang].written);
      });
      function ask(lang, text, options, then) {
        pending++;
        var answer = !options && text === q && early[lang] ? early[lang] : self.instances[lang].search(text, options);
        answer.then(function (found) {
          if (run !== self.run) return;     // a search after this one has started: its answer is not read
          found.results.forEach(function (r) {
            var key = lang + " " + r.id;
            if (!seen.has(key)) { seen.add(key); queue.push(r); }
          });
        }).catch(function () { failed = true; })
          .finally(function () { pending--; if (then) then(); if (wake) { wake(); wake = null; } });
      }
      // The later rounds' requests (for complete counts: a filter search takes seconds on a large
      // edition) go to each language's Pagefind one after another, the next once the one before is
      // answered, and none once another search has started: sent all at once, they kept Pagefind's
      // worker busy for the query after this one, which cannot take back a request it has sent.
      function askInTurn(lang, text, options) {
        pending++;
        (waiting[lang] = waiting[lang] || []).push([text, options]);
        if (!busy[lang]) sendNext(lang);
      }
      function sendNext(lang) {
        busy[lang] = false;
        if (run !== self.run || !waiting[lang].length) return;
        var next = waiting[lang].shift();
        busy[lang] = true;
        pending--;      // counted again by ask()
        ask(lang, next[0], next[1], function () { sendNext(lang); });
      }
      function asked(lang, text) {
        return typed[lang].some(function (t) { return t.toLowerCase() === text.toLowerCase(); });
      }
      var round = 1;
      function nextRound() {
        round++;
        if (round === 2 && !self.found && entities.length) {
          self.data.languages.forEach(function (lang) {
            var names = new Set();
            entities.forEach(function (entry) {
              entry.forms.forEach(function (form) { if (form[1] === lang) names.add(form[0]); });
            });
            names.forEach(function (text) { if (!asked(lang, text)) ask(lang, text); });
          });
          return;
        }
        round = 3;
        self.data.languages.forEach(function (lang) {
          entities.forEach(function (entry) {
            var filter = {}; filter[entry.kind] = entry.id;     // person, place or org (web/search.py's _page)
            askInTurn(lang, null, { filters: filter });
          });
          (plans[lang] || []).forEach(function (text) { if (!asked(lang, text)) askInTurn(lang, text); });
        });
      }
      this.data.languages.forEach(function (lang) {
        if (plans[lang]) typed[lang].forEach(function (text) { ask(lang, text); });
      });
      var shownAt = 0;
      while (run === this.run) {
        if (!queue.length) {
          if (!pending && round >= 3) break;
          if (!pending) { nextRound(); continue; }
          await new Promise(function (resolve) { wake = resolve; });
          continue;
        }
        // Fetched together, checked in rank order as they arrive: the first results are shown as
        // soon as the best-ranked candidates are in, never out of Pagefind's order.
        var first = !this.found;
        var batch = queue.splice(0, first ? FIRST : Math.min(BATCH, FIRST * Math.pow(2, ++this.batches)));
        // a passage's data that cannot be read (a fragment cut short: a full disk, an upload or copy
        // interrupted) is a failure to report, as a failed request is: unanswered, it left the page
        // "Checking the passages…" for ever
        // asked IN_FLIGHT at a time ahead of the one checked: Pagefind's worker fetches and un-gzips
        // each one it is asked for, and cannot be told to stop when another search starts
        var datas = [];
        for (var i = 0; i < batch.length; i++) {
          while (datas.length < Math.min(batch.length, i + IN_FLIGHT)) {
            datas.push(batch[datas.length].data().catch(function () { failed = true; return null; }));
          }
          var d = await datas[i];
          if (run !== this.run) return;
          if (!d || stale(self.data, d)) continue;
          var ranges = hits(d.content, parsed, ids, JSON.parse(field(d, "names") || "[]"), rules);
          if (ranges) { self.found++; self.add(d, ranges); }
          if (first && self.results.length && !shownAt) { this.show(); shownAt = performance.now(); }
        }
        if (!shownAt || performance.now() - shownAt > 150) { this.show(); shownAt = performance.now(); }
        if (this.found && round < 3) { round = 2; nextRound(); }
      }
      if (run !== this.run) return;
      // every entry before the list is final: the filters' labels, and a suggestion when nothing was found
      try {
        await this.everyEntry();
      } catch (err) {
        failed = true;
      }
      if (run !== this.run) return;
      this.done = true;
      this.show();
      if (failed) status.textContent = S.failed;   // never a silent partial answer
      else if (!this.results.length) this.suggest(q);
    };

    // A checked passage joins the results once: one already shown from the first passages keeps
    // its place when Pagefind finds it too (the list grows below it, nothing moves).
    // `made`: the row already made from them (showFirst makes a file's rows before adding any)
    SearchPage.prototype.add = function (d, ranges, made) {
      var key = field(d, "lang") + " " + field(d, "doc") + " " + field(d, "block");
      if (this.keys.has(key)) return;
      this.keys.add(key);
      this.results.push(made || this.result(d, ranges));
    };

    // The first passages of the query's words (web/first_passages.py: a few passages of each
    // word, with the filter values Pagefind's data has), each checked as every candidate is, shown
    // while Pagefind's worker starts. Only when nothing is shown yet: Pagefind's ranked answer
    // follows them, and the count says "checking" until every candidate is checked.
    SearchPage.prototype.showFirst = function (run, ctl, q, parsed, entities, ids) {
      var self = this, rules = this.data.endings || {}, all = Object.values(rules);
      var wanted = parsed.terms.concat([].concat.apply([], parsed.phrases)), named = new Set();
      entities.forEach(function (entry) {
        entry.forms.forEach(function (form) { formWords(form[0]).forEach(function (w) { named.add(w); }); });
      });
      function useful(n) {
        return named.has(n) || wanted.some(function (t) {
          return t === n || (n.slice(0, 3) === t.slice(0, 3) && all.some(function (r) { return isWordForm(t, n, r); }));
        });
      }
      var keys = keysOf(q).filter(function (key) { return self.data.fileKeys.has(key); });
      if (!keys.length) return Promise.resolve();
      return Promise.all(keys.map(function (key) { return self.firstFile(key, ctl); })).then(function (files) {
        if (run !== self.run || self.results.length) return false;
        files.forEach(function (file) {
          // A file that does not read as first passages (JSON of another shape: a proxy's null, a
          // word pointing past the passages) adds no row. It threw here, past the rejection handler
          // below, and a page opened with a query waited on a failed promise: no result, ever.
          var rows = [];
          try {
            var taken = new Set();
            Object.keys(file.words || {}).forEach(function (lang) {
              Object.keys(file.words[lang]).forEach(function (w) {
                if (useful(norm(w))) file.words[lang][w].forEach(function (i) { taken.add(i); });
              });
            });
            // the mentions of each entry the query names, whatever their words (a name whose every
            // passage is long, "Erzurum", has none among its words' passages: web/first_passages.py)
            ids.forEach(function (id) {
              var listed = (file.named || {})[id];
              if (Array.isArray(listed)) listed.forEach(function (i) { taken.add(i); });
            });
            Array.from(taken).sort(function (a, b) { return a - b; }).forEach(function (i) {
              var p = file.passages[i];
              if (typeof p.content !== "string") throw new TypeError("a passage without its text");
              var d = { content: p.content, filters: Object.assign({}, p.filters, file.titles[p.filters.doc[0]]) };
              var ranges = hits(d.content, parsed, ids, JSON.parse(field(d, "names") || "[]"), rules);
              // the row made here too: a title that is not a list of strings threw in result(), past
              // this handler (review28: {"title_en": null} in the file's titles)
              if (ranges) rows.push([d, ranges, self.result(d, ranges)]);
            });
          } catch (err) {
            rows = [];
          }
          rows.forEach(function (row) { self.add(row[0], row[1], row[2]); });
        });
        if (self.results.length) self.show();
        return self.results.length > 0;
      }, function () { return false; })    // the first passages are a head start only: Pagefind's answer is the search
        .then(function (shown) { return shown && painted(); });
    };
    var FIRST_WAIT = 1500;     // ms Pagefind waits for the first rows of a page opened with a query
    // After the next paint: the frame's callback, then a task (a hidden page, which paints no frame,
    // goes on after 100 ms).
    function painted() {
      return new Promise(function (resolve) {
        requestAnimationFrame(function () { setTimeout(resolve, 0); });
        setTimeout(resolve, 100);
      });
    }
    // The register entries under the query's words' keys, from their first-passages files (asked for once:
    // showFirst reads the same files). A file that is not one (a proxy's null), failed, or has not come
    // within FIRST_WAIT is read from entries.json instead; so is every entry for a word beginning outside the
    // BMP (entriesNamedBy). Rejected only when entries.json cannot be read either.
    SearchPage.prototype.names = function (q, ctl) {
      var self = this, every = function () { return self.everyEntry(); };
      var files = keysOf(q).filter(function (key) { return !KEY_ENTRIES.has(key) && self.data.fileKeys.has(key); }).map(function (key) {
        var come = false, file = self.firstFile(key, ctl).then(function (f) {
          come = true;
          if (!f || typeof f !== "object" || Array.isArray(f) || (f.entries !== undefined && !Array.isArray(f.entries))) return every();
          takeEntries(key, f.entries);
        }, function () {
          come = true;
          if (!ctl.signal.aborted) return every();     // aborted: a later search asks for the file again
        });
        var late = new Promise(function (resolve) { setTimeout(resolve, FIRST_WAIT); }).then(function () { return come ? null : every(); });
        return Promise.race([file, late]);
      });
      if (words(q).some(function (x) { return x.w.codePointAt(0) > 0xFFFF; })) files.push(every());
      return Promise.all(files);
    };
    // Every register entry (entries.json), read once: asked for after the first rows, when a filter's
    // labels or a suggestion needs it; the facets drawn again with their labels when it comes.
    SearchPage.prototype.everyEntry = function () {
      var self = this;
      if (!this.every) {
        this.every = this.data.json("entries.json").then(function (list) {
          if (!Array.isArray(list)) throw new TypeError("entries.json: not a list");
          ALL_ENTRIES = list.map(entryOf).filter(Boolean);
          if (self.filters.open) self.renderFacets();
        });
        this.every.catch(function () { self.every = null; });     // asked for again by the next that needs it
      }
      return this.every;
    };
    SearchPage.prototype.firstFile = function (key, ctl) {
      return this.owned(this.firsts, key, "first/" + fileName(key) + ".json", ctl);
    };

    SearchPage.prototype.result = function (d, ranges) {
      var f = d.filters || {}, titles = {}, m = {};
      ["doc", "block", "n", "note", "lang", "state", "date", "date_" + ui].forEach(function (key) { m[key] = field(d, key); });
      Object.keys(f).forEach(function (key) { if (key.startsWith("title_")) titles[key.slice(6)] = f[key][0]; });
      this.documents[m.doc] = titles;
      var title = titleIn(titles, ui) || m.doc;
      var anchor = m.state === "source" ? m.block : m.block + "." + m.lang;
      var marked = ranges.map(function (r) { return d.content.slice(r[0], r[1]); });
      return {
        key: m.lang + " " + m.doc + " " + m.block,
        document: m.doc, title: title, date: m.date || "",
        dateLabel: m["date_" + ui] || m.date || "", passage: m.block, position: Number(m.n), note: m.note, language: m.lang,
        state: m.state, text: d.content, ranges: ranges,
        unchecked: uncheckedForms(this.data.unchecked, d, m.lang, ranges, this.named || []),
        href: "documents/" + encodeURIComponent(m.doc) + ".html?hl=" +
          encodeURIComponent(JSON.stringify(Array.from(new Set(marked)).slice(0, 20))) +
          "&in=" + encodeURIComponent(m.lang) + "#" + anchor,
        facets: { lang: [m.lang], state: [m.state], doc: [m.doc], type: f.type || [], person: f.person || [],
                  place: f.place || [], year: f.year || [] }
      };
    };

    SearchPage.prototype.passes = function (r, except) {
      var self = this, from = parseInt(this.from.value, 10), to = parseInt(this.to.value, 10);
      var year = parseInt(r.facets.year[0], 10);
      if ((from && !(year >= from)) || (to && !(year <= to))) return false;
      return FACETS.every(function (f) {
        var sel = self.selected[f];
        return f === except || !sel.length || sel.some(function (v) { return r.facets[f].indexOf(v) >= 0; });
      });
    };

    SearchPage.prototype.visible = function () {
      var self = this;
      return this.results.filter(function (r) { return self.passes(r); });
    };

    SearchPage.prototype.show = function () {
      var self = this, shown = this.visible();
      if (this.done || this.filters.open) this.renderFacets();
      status.textContent = shown.length ? plural(shown.length) + (this.done ? "" : " " + S.checking)
        : this.done ? S.none : S.checking;
      document.querySelector(".search-downloads").hidden = !(this.done && shown.length);
      this.list.textContent = "";
      shown.slice(0, this.shown).forEach(function (r) { self.list.appendChild(self.item(r)); });
      document.getElementById("unchecked-explained").hidden = !shown.slice(0, this.shown).some(function (r) { return r.unchecked.length; });
      // How long the first results took from the search's start and from the page's opening, and
      // whether the list is final (read by tests and the benchmark).
      if (shown.length && !this.list.dataset.firstMs) {
        this.list.dataset.firstMs = Math.round(performance.now() - this.started);
        this.list.dataset.pageMs = Math.round(performance.now());
        // whether they came from the first passages or from Pagefind's answer
        this.list.dataset.firstFrom = this.found ? "pagefind" : "first-passages";
      }
      this.list.dataset.state = this.done ? "done" : "checking";
      if (this.more) { this.more.remove(); this.more = null; }
      if (shown.length > this.shown) {
        this.more = document.createElement("button");
        this.more.type = "button"; this.more.className = "search-more";
        this.more.textContent = "+ " + Math.min(PAGE, shown.length - this.shown);
        this.more.addEventListener("click", function () { self.shown += PAGE; self.show(); });
        this.list.after(this.more);
      }
    };

    SearchPage.prototype.item = function (r) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = r.href;
      a.textContent = r.title + (r.dateLabel ? " (" + r.dateLabel + ")" : "") + " — " +
        (r.note ? S.note.replace("{n}", r.note) : S.paragraph.replace("{n}", r.position)) + " · " + this.langName(r.language) + ", " + (S[r.state] || r.state);
      var p = document.createElement("p");
      // an excerpt in Arabic or Hebrew on an English page: its direction from its own letters
      p.lang = r.language; p.dir = "auto"; p.className = "search-excerpt";
      excerpt(r.text, r.ranges).forEach(function (part) {
        if (part.mark) { var m = document.createElement("mark"); m.textContent = part.text; p.appendChild(m); }
        else p.appendChild(document.createTextNode(part.text));
      });
      li.appendChild(a);
      // found through a name whose form in the passage's language the register has not checked:
      // said in words after the link, as cards and register pages say it, and read with the link
      var said = [];
      r.unchecked.forEach(function (form, i) {
        var badge = document.createElement("span"), name = document.createElement("span"), parts = S.unchecked.split("{name}");
        badge.className = "badge unchecked"; badge.lang = ui; badge.id = "unchecked-" + r.key.replace(/\s/g, "-") + "-" + i;
        // its own direction (a Persian or Hebrew name in an English badge: hostile41), as the excerpt's
        name.lang = form[1]; name.dir = "auto"; name.textContent = form[0];
        badge.append(parts[0], name, parts.slice(1).join("{name}"));
        li.append(" ", badge);
        said.push(badge.id);
      });
      if (said.length) a.setAttribute("aria-describedby", said.concat(["unchecked-explained"]).join(" "));
      li.appendChild(p);
      return li;
    };

    // A document's title in the interface language, else in the first language it has one in.
    function titleIn(titles, lang) {
      return titles[lang] || titles[Object.keys(titles).sort()[0]] || "";
    }

    SearchPage.prototype.langName = function (lang) {
      return (this.data.languageNames[ui] || {})[lang] || lang;
    };

    SearchPage.prototype.label = function (facet, value) {
      var d = this.data;
      if (facet === "lang") return this.langName(value);
      if (facet === "state") return S[value] || value;
      if (facet === "doc") return titleIn(this.documents[value] || {}, ui) || value;
      if (facet === "type") return (d.types[ui] || {})[value] || value;
      var entry = ENTRIES.get(value);
      return entry ? entry.labels[ui] || entry.labels.en || value : value;
    };

    // Each facet counts the results that pass every other facet, so choices combine.
    SearchPage.prototype.renderFacets = function () {
      var self = this;
      document.querySelectorAll(".search-facet").forEach(function (fs) {
        var f = fs.dataset.facet, counts = new Map();
        (self.results || []).forEach(function (r) {
          if (self.passes(r, f)) r.facets[f].forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
        });
        self.selected[f].forEach(function (v) { if (!counts.has(v)) counts.set(v, 0); });
        while (fs.lastChild !== fs.firstElementChild) fs.removeChild(fs.lastChild);
        fs.hidden = counts.size === 0;
        Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || self.label(f, a[0]).localeCompare(self.label(f, b[0]), ui); })
          .forEach(function (pair) {
            var label = document.createElement("label"), box = document.createElement("input");
            box.type = "checkbox"; box.name = f; box.value = pair[0];
            box.checked = self.selected[f].indexOf(pair[0]) >= 0;
            box.addEventListener("change", function () {
              self.selected[f] = Array.from(fs.querySelectorAll("input:checked")).map(function (x) { return x.value; });
              self.saveUrl(); self.show();
            });
            label.appendChild(box);
            label.appendChild(document.createTextNode(" " + self.label(f, pair[0]) + " (" + pair[1] + ")"));
            fs.appendChild(label);
          });
      });
    };

    SearchPage.prototype.showEntities = function (entities) {
      var p = document.querySelector(".search-entities");
      p.hidden = !entities.length;
      p.textContent = entities.length ? S.entity.replace("{names}", entities.map(function (e) {
        return e.labels[ui] || e.labels.en;
      }).join("; ")) : "";
    };

    SearchPage.prototype.suggest = function (q) {
      var form = suggestion(ALL_ENTRIES || [], q), p = document.querySelector(".search-suggestion");
      if (!form) return;
      var parts = S.suggest.split("{name}"), a = document.createElement("a");
      a.href = "?q=" + encodeURIComponent(form); a.textContent = form;
      p.textContent = "";
      p.append(parts[0], a, parts.slice(1).join("{name}"));
      p.hidden = false;
    };

    SearchPage.prototype.download = function (format) {
      var page = new URL(location.href);
      var rows = this.visible().map(function (r) {
        return { document: r.document, title: r.title, date: r.date, passage: r.passage, position: r.position,
                 language: r.language, state: r.state, url: new URL(r.href.split("?")[0] + "#" + r.href.split("#")[1], page).href,
                 text: r.text };
      });
      var body, type;
      if (format === "json") {
        body = JSON.stringify({ query: this.input.value, url: page.href, results: rows }, null, 1);
        type = "application/json";
      } else {
        var cols = ["document", "title", "date", "passage", "position", "language", "state", "url", "text"];
        body = [cols].concat(rows.map(function (r) { return cols.map(function (c) { return r[c]; }); }))
          .map(function (row) { return row.map(csvCell).join(","); }).join("\r\n") + "\r\n";
        type = "text/csv";
      }
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([body], { type: type + ";charset=utf-8" }));
      link.download = "triglot-search." + format;
      document.body.appendChild(link); link.click(); link.remove();
    };

    // A cell a spreadsheet would run as a formula (=, +, @, also after spaces; a tab or CR first; "-"
    // before anything but a year or date before Christ) gets an apostrophe before it, as the edition's
    // data tables do (dataset.py FORMULA: a passage from an imported file could be "=HYPERLINK(…)").
    // The JSON download keeps every value as it is.
    function csvCell(v) {
      v = String(v);
      if (/^(?:[\t\r]|\s*(?:[=+@]|-(?!(?:\d+(?:-\d\d){0,2})?$)))/.test(v)) { v = "'" + v; }
      return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
    }

    // The interface language's plural rules, made once (under a millisecond in a fresh page). Its
    // number format is the page's data (web/search.py number_format: CLDR's digits, grouping
    // separator and group sizes), not Intl.NumberFormat: making one took 16-474 ms of a fresh page's
    // main thread on two loaded cores, on the way to the first rows of a page opened with a query
    // (search23); and Chromium has no number format of its own for some languages (Armenian's count
    // came out as American English writes it, "1,234" for CLDR's "1 234").
    var PLURAL;
    function plural(n) {
      if (!PLURAL) PLURAL = new Intl.PluralRules(ui);
      var text = plurals[PLURAL.select(n)] || plurals.other || "{count}";
      return text.replace("{count}", formatCount(n));
    }
    function formatCount(n) {
      var spec = document.querySelector(".search-strings").dataset, digits = Array.from(spec.digits || "0123456789");
      var primary = parseInt(spec.primary, 10) || 0, secondary = parseInt(spec.secondary, 10) || primary;
      var minimum = parseInt(spec.minimum, 10) || 1, s = String(Math.floor(Math.abs(n))), out = s;
      if (primary && s.length >= primary + minimum) {
        var groups = [s.slice(-primary)], rest = s.slice(0, -primary);
        while (rest.length > secondary) { groups.unshift(rest.slice(-secondary)); rest = rest.slice(0, -secondary); }
        groups.unshift(rest);
        out = groups.join(spec.group || "");
      }
      if (digits.length !== 10) digits = Array.from("0123456789");
      return out.replace(/[0-9]/g, function (d) { return digits[d]; });
    }
  });

  // The passage around its first hit (about 40 words), in its own spelling, hits marked.
  function excerpt(text, ranges) {
    var start = 0, end = text.length, LIMIT = 320;
    if (text.length > LIMIT && ranges.length) {
      start = Math.max(0, ranges[0][0] - LIMIT / 3);
      end = Math.min(text.length, start + LIMIT);
      if (start > 0) start = text.indexOf(" ", start) + 1;
      if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), ranges[0][1]);
    }
    var parts = [], at = start;
    if (start > 0) parts.push({ text: "… " });
    ranges.forEach(function (r) {
      if (r[1] <= start || r[0] >= end) return;
      if (r[0] > at) parts.push({ text: text.slice(at, r[0]) });
      parts.push({ text: text.slice(Math.max(r[0], at), Math.min(r[1], end)), mark: true });
      at = Math.min(r[1], end);
    });
    if (at < end) parts.push({ text: text.slice(at, end) });
    if (end < text.length) parts.push({ text: " …" });
    return parts;
  }
})();
