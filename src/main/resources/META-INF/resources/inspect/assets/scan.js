// Scanning the QR code of a note's PDF copy with the camera: the browser's BarcodeDetector where
// it reads QR codes, otherwise the decoder this app ships (jsQR), loaded only then. Part of the
// handheld (see app.js).
(function (H) {
  'use strict';

  var NOTE_QR = /\/api\/v1\/consignment-notes\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/verification\?sha256=([0-9a-f]{64})/i;
  var scanner = null;

  function t(key, vars) { return H.t(key, vars); }
  function $(id) { return document.getElementById(id); }

  H.startScan = function () {
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
  };

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
        H.stopScan();
        location.hash = '#note/' + match[1].toLowerCase() + '?sha256=' + match[2].toLowerCase();
        return;
      }
      if (text) { $('scan-status').textContent = t('notANoteQr'); }
      setTimeout(function () { loop(session, decode); }, 200);
    }, function () { setTimeout(function () { loop(session, decode); }, 400); });
  }

  H.stopScan = function () {
    if (!scanner) { return; }
    scanner.stopped = true;
    if (scanner.stream) { scanner.stream.getTracks().forEach(function (track) { track.stop(); }); }
    $('video').srcObject = null;
    scanner = null;
  };
}(window.Handheld = window.Handheld || {}));
