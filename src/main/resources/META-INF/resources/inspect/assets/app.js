// The inspector's handheld. Talks only to its own origin (/inspect/api), authenticated by the
// session cookie; the page's script never sees a token. Builds every piece of text with
// textContent, so nothing in a note can become markup.
(function () {
  'use strict';

  var LANGS = ['en', 'nl', 'fr', 'de'];
  var STORE = 'ecmr.handheld.v1';
  var KEEP_NOTES = 10;
  var NOTE_QR = /\/api\/v1\/consignment-notes\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/verification\?sha256=([0-9a-f]{64})/i;
  var REF = /^[\p{L}\p{N}\p{P}\p{Zs}]{1,128}$/u;

  var $ = function (id) { return document.getElementById(id); };
  var saved = load();
  var lang = pickLanguage();
  var shown = null;        // what the note view shows: {id, sha256, data, at, offline}
  var scanner = null;

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
    if (shown && !$('view-note').hidden) { renderNote(shown); }
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
    if (view !== 'view-scan') { stopScan(); }
  }

  function route() {
    var note = /^#note\/([0-9a-f-]{36})(?:\?sha256=([0-9a-f]{64}))?$/i.exec(location.hash);
    if (note) { openNote(note[1].toLowerCase(), note[2] ? note[2].toLowerCase() : null); return; }
    if (location.hash === '#scan') { show('view-scan'); startScan(); return; }
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

  // ---------------------------------------------------------------- the note card

  function openNote(id, sha256) {
    show('view-note');
    var box = clear($('note'));
    box.appendChild(h('p', { 'class': 'status', role: 'status', text: t('loading') }));
    api('api/notes/' + id + (sha256 ? '?sha256=' + sha256 : '')).then(function (data) {
      var at = Date.now();
      keepNote(id, data, at);
      shown = { id: id, sha256: sha256, data: data, at: at, offline: false, ref: controlReference() };
      showNetwork();
      renderNote(shown);
    }, function (failure) {
      var kept = saved.notes && saved.notes[id];
      if (failure.kind === 'offline' && kept) {
        shown = { id: id, sha256: sha256, data: kept.data, at: kept.at, offline: true };
        showNetwork(kept.at);
        renderNote(shown);
      } else {
        clear(box).appendChild(h('p', { 'class': 'error', role: 'alert', text: failureText(failure) }));
      }
    });
  }

  function verdictOf(data) {
    var verdict = data.verification.verdict;
    if (data.scannedDigestMatches === false) { verdict = 'FAILED'; }
    return verdict;
  }

  function renderNote(state) {
    var data = state.data;
    var doc = data.note.document;
    var box = clear($('note'));
    box.appendChild(verdictBlock(data));
    if (state.offline) { box.appendChild(h('p', { 'class': 'saved', text: t('savedAt', { time: time(state.at) }) })); }
    var ref = controlReference();
    box.appendChild(h('a', { 'class': 'big primary', id: 'open-pdf', target: '_blank', rel: 'noopener',
      href: 'api/notes/' + state.id + '/pdf' + (ref ? '?ref=' + encodeURIComponent(ref) : '') },
      t('pdf'), h('span', { 'aria-hidden': 'true', text: ' ↗' })));
    if (!doc) {
      box.appendChild(h('p', { 'class': 'alert', text: t('unreadable') }));
    } else {
      box.appendChild(carrierSection(doc));
      box.appendChild(goodsSection(doc.goods || []));
      box.appendChild(placesSection(doc));
      box.appendChild(partySection('sender', doc.sender));
      box.appendChild(partySection('consignee', doc.consignee));
      box.appendChild(textSection('reservations', doc.reservations, true));
      box.appendChild(textSection('instructions', doc.senderInstructions));
      box.appendChild(textSection('agreements', doc.specialAgreements));
      if (doc.documentsHanded && doc.documentsHanded.length) { box.appendChild(textSection('documents', doc.documentsHanded.join(' · '))); }
    }
    box.appendChild(section('noteDetails', rows([
      ['ecmrNumber', data.note.ecmrNumber], ['carrierId', data.note.carrierId], ['received', dateTime(data.note.receivedAt)],
      ['id', data.note.id], ['controlRef', state.offline ? null : state.ref]])));
  }

  function verdictBlock(data) {
    var verdict = verdictOf(data);
    var kind = verdict === 'PASSED' ? 'valid' : verdict === 'FAILED' ? 'invalid' : 'unknown';
    var word = { valid: 'verdictValid', invalid: 'verdictInvalid', unknown: 'verdictUnknown' }[kind];
    var icon = { valid: '✓', invalid: '✗', unknown: '?' }[kind];
    var block = h('div', { 'class': 'verdict ' + kind, id: 'verdict', role: 'status', 'data-verdict': kind },
      h('p', { 'class': 'word' }, h('span', { 'class': 'icon', 'aria-hidden': 'true', text: icon }), t(word)));
    var counted = data.verification.checks.filter(function (c) { return c.counted; });
    if (kind === 'valid') {
      block.appendChild(h('p', { text: t('validReason') }));
    } else {
      block.appendChild(h('p', { text: t(kind === 'invalid' ? 'invalidReason' : 'unknownReason') }));
      var reasons = h('ul');
      if (data.scannedDigestMatches === false) { reasons.appendChild(h('li', { text: t('digestMismatch') })); }
      counted.filter(function (c) { return c.indication === (kind === 'invalid' ? 'FAILED' : 'INDETERMINATE'); })
        .forEach(function (c) { reasons.appendChild(h('li', { text: checkText(c) })); });
      block.appendChild(reasons);
    }
    if (data.scannedDigestMatches === true) { block.appendChild(h('p', { text: t('digestMatch') })); }
    var list = h('ul');
    data.verification.checks.forEach(function (c) {
      list.appendChild(h('li', { title: c.reason }, (c.indication === 'PASSED' ? '✓ ' : c.indication === 'FAILED' ? '✗ ' : '? ') + checkText(c)));
    });
    block.appendChild(h('details', { 'class': 'checks' }, h('summary', { text: t('allChecks') }), list));
    return block;
  }

  function checkText(check) {
    var key = check.name + '.' + check.indication;
    var words = window.I18N[lang] || window.I18N.en;
    return words[key] || window.I18N.en[key] || check.reason;
  }

  function section(titleKey) {
    var s = h('section', { 'class': 'sect' }, h('h3', { text: t(titleKey) }));
    for (var i = 1; i < arguments.length; i++) { if (arguments[i]) { s.appendChild(arguments[i]); } }
    return s;
  }

  function rows(pairs) {
    var dl = h('dl');
    pairs.forEach(function (pair) {
      if (pair[1] === undefined || pair[1] === null || pair[1] === '') { return; }
      dl.appendChild(h('dt', { text: pair[0] === 'id' ? 'ID' : t(pair[0]) }));
      dl.appendChild(h('dd', null, pair[1]));
    });
    return dl;
  }

  function address(a) {
    if (!a) { return ''; }
    return [a.street, [a.postcode, a.city].filter(Boolean).join(' '), a.countryCode].filter(Boolean).join(', ');
  }

  function carrierSection(doc) {
    var c = doc.carrier || {};
    var v = c.vehicle || {};
    var plate = v.registration ? h('span', null, h('span', { 'class': 'plate', text: v.registration }), v.countryCode ? ' ' + v.countryCode : '') : '';
    var successive = (doc.successiveCarriers || []).map(function (s) { return s.name; }).filter(Boolean).join(', ');
    return section('carrierVehicle', rows([['vehicle', plate], ['name', c.name], ['carrierId', c.id], ['address', address(c.address)],
      ['successive', successive]]));
  }

  function partySection(key, party) {
    party = party || {};
    return section(key, rows([['name', party.name], ['address', address(party.address)]]));
  }

  function placesSection(doc) {
    var issued = [doc.placeOfIssue, dateTime(doc.issuedAt)].filter(Boolean).join(', ');
    var taken = doc.takingOver ? [doc.takingOver.place, day(doc.takingOver.date)].filter(Boolean).join(', ') : '';
    var delivery = doc.delivery ? [doc.delivery.place, day(doc.delivery.date)].filter(Boolean).join(', ') : '';
    return section('placesDates', rows([['takingOver', taken], ['delivery', delivery], ['issued', issued]]));
  }

  function goodsSection(goods) {
    var list = h('ul', { 'class': 'goods' });
    var total = 0;
    goods.forEach(function (g) {
      total += Number(g.grossWeightKg) || 0;
      var dg = g.dangerousGoods;
      var item = h('li', { 'class': dg ? 'adr' : null },
        dg ? h('span', { 'class': 'adr-tag' }, '⚠ ' + t('dangerous') + ': ' + dg.unNumber + ', ' + t('adrClass') + ' ' + dg['class']
          + (dg.packingGroup ? ', ' + t('packingGroup') + ' ' + dg.packingGroup : '')) : null,
        h('div', null, h('strong', { text: g.packages + ' × ' + (g.packaging || '') }), ' ' + (g.description || '')),
        h('div', null, h('span', { 'class': 'weight', text: t('weight') + ': ' + number(g.grossWeightKg, 1) + ' kg' }),
          g.volumeM3 ? ' · ' + t('volume') + ': ' + number(g.volumeM3, 2) + ' m³' : ''),
        g.marks ? h('div', { 'class': 'help', text: t('marks') + ': ' + g.marks }) : null);
      list.appendChild(item);
    });
    return section('goods', list, h('p', { 'class': 'weight', text: t('totalWeight') + ': ' + number(total, 1) + ' kg' }));
  }

  function textSection(key, text, showNone) {
    if (!text && !showNone) { return null; }
    return section(key, h('p', { 'class': text ? null : 'none', text: text || t('none') }));
  }

  // ---------------------------------------------------------------- scanning the PDF's QR code

  function startScan() {
    var status = $('scan-status');
    status.textContent = t('cameraStarting');
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      status.textContent = t('cameraDenied', { why: 'no camera API' });
      return;
    }
    var session = { stream: null, stopped: false };
    scanner = session;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false })
      .then(function (stream) {
        if (session.stopped) { stream.getTracks().forEach(function (track) { track.stop(); }); return null; }
        session.stream = stream;
        var video = $('video');
        video.srcObject = stream;
        return video.play().then(function () {
          status.textContent = t('scanning');
          return decoder();
        }).then(function (decode) {
          loop(session, decode);
        });
      })
      .catch(function (e) { status.textContent = t('cameraDenied', { why: (e && e.name) || 'error' }); });
  }

  /** The browser's BarcodeDetector where it reads QR codes, otherwise the decoder this app ships. */
  function decoder() {
    var video = $('video');
    var native = 'BarcodeDetector' in window
      ? window.BarcodeDetector.getSupportedFormats().then(function (f) { return f.indexOf('qr_code') >= 0; }, function () { return false; })
      : Promise.resolve(false);
    return native.then(function (ok) {
      if (ok) {
        var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        return function () { return detector.detect(video).then(function (codes) { return codes.length ? codes[0].rawValue : null; }); };
      }
      return loadScript('assets/vendor/jsQR.min.js').then(function () {
        var canvas = document.createElement('canvas');
        var context = canvas.getContext('2d', { willReadFrequently: true });
        return function () {
          var scale = Math.min(1, 800 / Math.max(video.videoWidth, 1));
          canvas.width = Math.round(video.videoWidth * scale);
          canvas.height = Math.round(video.videoHeight * scale);
          if (!canvas.width || !canvas.height) { return Promise.resolve(null); }
          context.drawImage(video, 0, 0, canvas.width, canvas.height);
          var image = context.getImageData(0, 0, canvas.width, canvas.height);
          var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
          return Promise.resolve(code ? code.data : null);
        };
      });
    });
  }

  function loadScript(src) {
    if (window.jsQR) { return Promise.resolve(); }
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loop(session, decode) {
    if (session.stopped) { return; }
    decode().then(function (text) {
      if (session.stopped) { return; }
      var match = text && NOTE_QR.exec(text);
      if (match) {
        stopScan();
        location.hash = '#note/' + match[1].toLowerCase() + '?sha256=' + match[2].toLowerCase();
        return;
      }
      if (text) { $('scan-status').textContent = t('notANoteQr'); }
      setTimeout(function () { loop(session, decode); }, 200);
    }, function () { setTimeout(function () { loop(session, decode); }, 400); });
  }

  function stopScan() {
    if (!scanner) { return; }
    scanner.stopped = true;
    if (scanner.stream) { scanner.stream.getTracks().forEach(function (track) { track.stop(); }); }
    $('video').srcObject = null;
    scanner = null;
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

  start();
}());
