// The inspector's handheld: words, storage, the API, views and search; card.js draws the note
// card, scan.js reads QR codes. Talks only to its own origin (/inspect/api), authenticated by the
// session cookie; the page's script never sees a token. Builds every piece of text with
// textContent, so nothing in a note can become markup.
(function (H) {
  'use strict';

  var LANGS = ['en', 'nl', 'fr', 'de'];
  var STORE = 'ecmr.handheld.v1';
  var KEEP_NOTES = 10;
  var REF = /^[\p{L}\p{N}\p{P}\p{Zs}]{1,128}$/u;

  var $ = function (id) { return document.getElementById(id); };
  var saved = load();
  var lang = pickLanguage();
  var shown = null;        // what the note view shows: {id, sha256, data, at, offline}

  // ---------------------------------------------------------------- words

  function t(key, vars) {
    var words = window.I18N[lang] || window.I18N.en;
    var text = words[key] !== undefined ? words[key] : (window.I18N.en[key] !== undefined ? window.I18N.en[key] : key);
    return text.replace(/\{(\w+)\}/g, function (m, name) { return vars && vars[name] !== undefined ? vars[name] : m; });
  }

  function pickLanguage() {
    if (LANGS.indexOf(saved.lang) >= 0) { return saved.lang; }
    var wanted = navigator.languages || [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).slice(0, 2).toLowerCase();
      if (LANGS.indexOf(code) >= 0) { return code; }
    }
    return 'en';
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    $('lang').value = lang;
    document.title = t('app');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (el) {
      el.textContent = t(el.getAttribute('data-t'));
    });
    $('q-label').textContent = t(searchBy() === 'vehicle' ? 'plate' : 'number');
    renderSavedResults();
    if (shown && !$('view-note').hidden) { H.renderNote(shown); }
    showNetwork();
  }

  // ---------------------------------------------------------------- storage (the last results, for when the network drops)

  function load() {
    try { return JSON.parse(localStorage.getItem(STORE)) || { notes: {} }; } catch (e) { return { notes: {} }; }
  }

  function store() {
    try { localStorage.setItem(STORE, JSON.stringify(saved)); } catch (e) { /* full or disabled: the app still works online */ }
  }

  function keepNote(id, data, at) {
    saved.notes = saved.notes || {};
    saved.notes[id] = { data: data, at: at };
    var ids = Object.keys(saved.notes).sort(function (a, b) { return saved.notes[b].at - saved.notes[a].at; });
    ids.slice(KEEP_NOTES).forEach(function (old) { delete saved.notes[old]; });
    store();
  }

  // ---------------------------------------------------------------- the API

  function Failure(kind, status) { this.kind = kind; this.status = status; }

  function api(path) {
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'JavaScript' };
    var ref = controlReference();
    if (ref) { headers['X-Control-Reference'] = ref; }
    return fetch(path, { headers: headers, credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
      .catch(function () { throw new Failure('offline'); })
      .then(function (response) {
        if (response.ok) { return response.json(); }
        if (response.status === 499 || response.status === 401 || response.type === 'opaqueredirect') { throw new Failure('session'); }
        if (response.status === 403) { throw new Failure('forbidden'); }
        if (response.status === 404) { throw new Failure('notFound'); }
        throw new Failure('error', response.status);
      });
  }

  function failureText(failure) {
    if (failure.kind === 'session') { return t('sessionExpired'); }
    if (failure.kind === 'forbidden') { return t('forbidden'); }
    if (failure.kind === 'notFound') { return t('notFound'); }
    if (failure.kind === 'offline') { return t('offlineNothing'); }
    return t('error', { status: failure.status || '?' });
  }

  function controlReference() {
    var value = $('ref').value.trim();
    return value && REF.test(value) && /^[\u0020-\u00ff]*$/.test(value) ? value : '';
  }

  // ---------------------------------------------------------------- DOM helpers

  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') { el.textContent = attrs[name]; } else if (attrs[name] !== null && attrs[name] !== undefined) { el.setAttribute(name, attrs[name]); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) { continue; }
      el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return el;
  }

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } return el; }

  function time(ms) { return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(new Date(ms)); }

  function dateTime(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  }

  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) { return iso || ''; }
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(+m[1], +m[2] - 1, +m[3]));
  }

  function number(n, digits) { return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n); }

  // ---------------------------------------------------------------- network state

  function showNetwork(offlineSince) {
    var banner = $('offline');
    if (offlineSince) {
      banner.textContent = t('offlineSaved', { time: time(offlineSince) });
      banner.hidden = false;
    } else if (!navigator.onLine) {
      banner.textContent = t('offline');
      banner.hidden = false;
    } else {
      banner.hidden = true;
    }
  }

  // ---------------------------------------------------------------- views

  function show(view) {
    ['view-home', 'view-scan', 'view-note'].forEach(function (id) { $(id).hidden = id !== view; });
    if (view !== 'view-scan') { H.stopScan(); }
  }

  function route() {
    var note = /^#note\/([0-9a-f-]{36})(?:\?sha256=([0-9a-f]{64}))?$/i.exec(location.hash);
    if (note) { openNote(note[1].toLowerCase(), note[2] ? note[2].toLowerCase() : null); return; }
    if (location.hash === '#scan') { show('view-scan'); H.startScan(); return; }
    show('view-home');
  }

  // ---------------------------------------------------------------- search

  function searchBy() {
    var checked = document.querySelector('input[name=by]:checked');
    return checked ? checked.value : 'vehicle';
  }

  function checkReference() {
    var value = $('ref').value.trim();
    var ok = !value || (REF.test(value) && /^[\u0020-\u00ff]*$/.test(value));
    $('ref').setAttribute('aria-invalid', ok ? 'false' : 'true');
    return ok;
  }

  function search(event) {
    event.preventDefault();
    var q = $('q').value.trim();
    var error = $('q-error');
    if (!checkReference()) { error.textContent = t('refInvalid'); error.hidden = false; $('ref').focus(); return; }
    if (!q) { error.textContent = t('needQuery'); error.hidden = false; $('q').focus(); return; }
    error.hidden = true;
    var by = searchBy();
    var results = clear($('results'));
    results.appendChild(h('p', { 'class': 'status', text: t('searching') }));
    api('api/notes?' + by + '=' + encodeURIComponent(q)).then(function (page) {
      saved.search = { by: by, q: q, items: page.items, hasMore: page.hasMore, at: Date.now() };
      store();
      showNetwork();
      renderResults(saved.search, false);
      results.scrollIntoView({ block: 'start' });
    }, function (failure) {
      if (failure.kind === 'offline' && saved.search) {
        showNetwork(saved.search.at);
        renderResults(saved.search, true);
        results.scrollIntoView({ block: 'start' });
      } else {
        clear(results).appendChild(h('p', { 'class': 'error', role: 'alert', text: failureText(failure) }));
      }
    });
  }

  function renderSavedResults() {
    if (saved.search && $('view-home').hidden === false) { renderResults(saved.search, true); }
  }

  function renderResults(found, fromStore) {
    var results = clear($('results'));
    if (!found.items.length) {
      results.appendChild(h('p', { 'class': 'status', text: t('noResults', { q: found.q }) }));
      return;
    }
    results.appendChild(h('h2', { text: t('resultsFor', { n: found.items.length, q: found.q }) }));
    if (fromStore) { results.appendChild(h('p', { 'class': 'saved', text: t('savedAt', { time: time(found.at) }) })); }
    var list = h('ul', { 'class': 'results' });
    found.items.forEach(function (item) {
      list.appendChild(h('li', null, h('a', { href: '#note/' + item.id, 'data-note': item.id },
        h('span', { 'class': 'num', text: item.ecmrNumber }),
        h('span', { 'class': 'meta' }, h('span', { 'class': 'plate', text: item.vehicleRegistration || '—' }),
          ' ' + day(item.takingOverDate) + ' · ' + item.carrierId))));
    });
    results.appendChild(list);
    if (found.hasMore) { results.appendChild(h('p', { 'class': 'help', text: t('more') })); }
  }

  // ---------------------------------------------------------------- opening a note (card.js draws it)

  function openNote(id, sha256) {
    show('view-note');
    var box = clear($('note'));
    box.appendChild(h('p', { 'class': 'status', role: 'status', text: t('loading') }));
    api('api/notes/' + id + (sha256 ? '?sha256=' + sha256 : '')).then(function (data) {
      var at = Date.now();
      keepNote(id, data, at);
      shown = { id: id, sha256: sha256, data: data, at: at, offline: false, ref: controlReference() };
      showNetwork();
      H.renderNote(shown);
    }, function (failure) {
      var kept = saved.notes && saved.notes[id];
      if (failure.kind === 'offline' && kept) {
        shown = { id: id, sha256: sha256, data: kept.data, at: kept.at, offline: true };
        showNetwork(kept.at);
        H.renderNote(shown);
      } else {
        clear(box).appendChild(h('p', { 'class': 'error', role: 'alert', text: failureText(failure) }));
      }
    });
  }

  // ---------------------------------------------------------------- start

  function start() {
    $('lang').addEventListener('change', function () { lang = this.value; saved.lang = lang; store(); applyLanguage(); });
    $('ref').value = saved.ref || '';
    $('ref').addEventListener('change', function () { if (checkReference()) { saved.ref = this.value.trim(); store(); } });
    Array.prototype.forEach.call(document.querySelectorAll('input[name=by]'), function (radio) {
      radio.addEventListener('change', function () { $('q-label').textContent = t(searchBy() === 'vehicle' ? 'plate' : 'number'); });
    });
    $('search').addEventListener('submit', search);
    $('scan').addEventListener('click', function () { location.hash = '#scan'; });
    $('scan-cancel').addEventListener('click', function () { history.back(); });
    $('back').addEventListener('click', function () { if (history.length > 1) { history.back(); } else { location.hash = ''; } });
    $('signout').addEventListener('click', function () {
      var keep = saved.lang;
      localStorage.removeItem(STORE);
      if (keep) { localStorage.setItem(STORE, JSON.stringify({ lang: keep, notes: {} })); }
      if (window.caches) { caches.keys().then(function (keys) { keys.forEach(function (k) { caches.delete(k); }); }); }
    });
    window.addEventListener('online', function () { showNetwork(); });
    window.addEventListener('offline', function () { showNetwork(); });
    window.addEventListener('hashchange', route);
    applyLanguage();
    route();
    renderSavedResults();
    api('api/me').then(function (me) {
      $('who').textContent = [me.name, me.role === me.name ? null : me.role, me.organisation].filter(Boolean).join(' · ');
    }, function () { /* shown again when online */ });
    if ('serviceWorker' in navigator) { navigator.serviceWorker.register('sw.js').catch(function () { /* works without */ }); }
  }

  // What card.js and scan.js use.
  H.t = t;
  H.h = h;
  H.clear = clear;
  H.time = time;
  H.dateTime = dateTime;
  H.day = day;
  H.number = number;
  H.controlReference = controlReference;
  H.lang = function () { return lang; };

  start();
}(window.Handheld = window.Handheld || {}));
