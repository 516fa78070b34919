// The note card: one verdict that cannot be missed, then what an inspector checks. Part of the
// handheld (see app.js); every piece of text is set with textContent.
(function (H) {
  'use strict';

  function h() { return H.h.apply(null, arguments); }
  function t(key, vars) { return H.t(key, vars); }
  function clear(el) { return H.clear(el); }
  function time(ms) { return H.time(ms); }
  function dateTime(iso) { return H.dateTime(iso); }
  function day(iso) { return H.day(iso); }
  function number(n, digits) { return H.number(n, digits); }
  function $(id) { return document.getElementById(id); }

  function verdictOf(data) {
    var verdict = data.verification.verdict;
    if (data.scannedDigestMatches === false) { verdict = 'FAILED'; }
    return verdict;
  }

  H.renderNote = function (state) {
    var data = state.data;
    var doc = data.note.document;
    var box = clear($('note'));
    box.appendChild(verdictBlock(data));
    if (state.offline) { box.appendChild(h('p', { 'class': 'saved', text: t('savedAt', { time: time(state.at) }) })); }
    var ref = H.controlReference();
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
  };

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
    var words = window.I18N[H.lang()] || window.I18N.en;
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
}(window.Handheld = window.Handheld || {}));
