// Keeps the handheld's page and assets so that it opens without a network; the notes themselves
// are kept by the page (localStorage), never here. Network first: online, everything is fresh.
var CACHE = 'ecmr-handheld-v2';
var SHELL = ['./', 'assets/app.css', 'assets/app.js', 'assets/card.js', 'assets/scan.js', 'assets/i18n.js',
  'assets/vendor/jsQR.min.js'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }).catch(function () {}));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname.indexOf('/inspect/api/') === 0
      || url.pathname === '/inspect/logout') {
    return;
  }
  event.respondWith(fetch(event.request).then(function (response) {
    if (response.ok && response.type === 'basic') {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(event.request, copy); });
    }
    return response;
  }, function () {
    return caches.match(event.request, { ignoreSearch: true }).then(function (hit) {
      return hit || caches.match('./');
    });
  }));
});
